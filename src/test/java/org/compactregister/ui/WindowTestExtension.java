package org.compactregister.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.service.Services;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every window test needs, set up before each test and taken down after it: the JavaFX toolkit
 * (headless through Monocle unless {@code -DrealWindow}), the app's theme, a register of the test's
 * own in a fresh folder, and the real background executor. Afterwards every window the test opened
 * is hidden, the executor stopped, the register closed and the folder deleted.
 *
 * <pre>
 * {@literal @}RegisterExtension
 * final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);
 *
 * {@literal @}Test
 * void something(FxRobot robot) throws Exception {
 *     window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());
 *     ...
 * }
 * </pre>
 * Test methods may take an {@link FxRobot} parameter.
 */
public final class WindowTestExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** How long {@link #waitUntil} waits before the test fails. */
    private static final int WAIT_SECONDS = 20;

    /** Opens the test's register inside the folder made for the test. */
    @FunctionalInterface
    public interface RegisterOpener {
        Services open(Path folder) throws Exception;
    }

    private final RegisterOpener opener;
    private final FxRobot robot = new FxRobot();
    private Path folder;
    private Services services;
    private FxTaskExecutor executor;
    private Stage stage;

    private WindowTestExtension(RegisterOpener opener) {
        this.opener = opener;
    }

    /** A new, empty register on {@code clock} for each test. */
    public static WindowTestExtension onEmptyRegister(Clock clock) {
        return new WindowTestExtension(folder -> Services.open(folder.resolve("register"), clock));
    }

    /** A register that {@code opener} opens (and fills) in the test's folder, for each test. */
    public static WindowTestExtension onRegister(RegisterOpener opener) {
        return new WindowTestExtension(opener);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        folder = Files.createTempDirectory("compact-register-window-test");
        services = opener.open(folder);
        executor = new FxTaskExecutor();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            FxToolkit.cleanupStages();
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            closeWhatWasOpened();
        }
    }

    /** After a test, or after a start-up that failed part-way. */
    private void closeWhatWasOpened() throws IOException {
        if (executor != null) {
            executor.shutdown();
        }
        if (services != null) {
            services.close();
        }
        if (folder != null) {
            deleteFolder();
        }
    }

    private void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }

    /** Builds the window under test on the JavaFX thread, on the primary stage, and waits until it is drawn. */
    public void show(Consumer<Stage> build) throws TimeoutException {
        FxToolkit.setupStage(build);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows the primary stage as a small stand-in for the main window, to own the windows under test. */
    public Stage showOwner() throws TimeoutException {
        show(owner -> {
            owner.setScene(new Scene(new StackPane(new Label("Register")), 300, 200));
            owner.show();
        });
        return stage;
    }

    /** Runs {@code action} on the JavaFX thread and waits for it and what it set going there. */
    public void onFxThread(Runnable action) {
        robot.interact(action);
    }

    /**
     * Puts {@code text} into the field {@code query} finds (for example {@code "#organisation"}) as
     * if typed, at once: for fields where the typing itself is not what the test is about.
     */
    public void fill(String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    /**
     * Puts {@code text} into the text field (or date picker, or spinner) that has the keyboard focus,
     * at once, as if typed there: for following the focus (Tab) through a form without typing each
     * letter.
     */
    public void enter(String text) {
        Window focused = robot.listTargetWindows().stream().filter(Window::isFocused).findFirst().orElseThrow(
                () -> new AssertionError("no window has the keyboard focus"));
        robot.interact(() -> {
            Node owner = focused.getScene().getFocusOwner();
            TextInputControl field = owner instanceof DatePicker picker ? picker.getEditor()
                    : owner instanceof Spinner<?> spinner ? spinner.getEditor()
                    : owner instanceof TextInputControl input ? input : null;
            if (field == null) {
                throw new AssertionError("the focus is not in a text field but on " + owner);
            }
            field.setText(text);
            field.end();
        });
    }

    /** Waits (up to 20 seconds) until {@code condition} holds, then for the JavaFX thread to settle. */
    public void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The test's register, open until the test ends. */
    public Services services() {
        return services;
    }

    /**
     * Closes the test's register before the test ends, for a test that hands the file to another
     * program (H2 lets one program at a time open it).
     */
    public void closeRegister() {
        services.close();
        services = null;
    }

    /** The real background executor the windows run their work on. */
    public FxTaskExecutor executor() {
        return executor;
    }

    /** A folder of the test's own for files, deleted after the test (the register is in it too). */
    public Path folder() {
        return folder;
    }

    /** The primary stage, which {@link #show} builds on. */
    public Stage stage() {
        return stage;
    }

    public FxRobot robot() {
        return robot;
    }
}
