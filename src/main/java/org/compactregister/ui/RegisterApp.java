package org.compactregister.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.compactregister.io.DamagedRegister;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.model.RegisterLocation;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.model.StaffMember;
import org.compactregister.service.SampleDataService;
import org.compactregister.service.Services;
import org.compactregister.ui.register.FirstPage;
import org.compactregister.ui.shared.ConnectDialog;
import org.compactregister.ui.shared.ConnectViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The register's window: opens the database in the background, then shows the main window. */
public final class RegisterApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterApp.class);

    /**
     * How long the register may take to open before the splash says it is being opened: one that
     * opens sooner shows its window first (the splash would cost the start-up its own drawing).
     */
    private static final Duration SPLASH_AFTER = Duration.seconds(1);

    private static volatile RegisterLocation register;
    private static volatile boolean fillWithSamples;
    /** Why no register can be opened (a setting that names none); null when there is one to open. */
    private static volatile String refusal;
    /** The register being opened while JavaFX starts (taken by the first {@link #openRegister}). */
    private static volatile CompletableFuture<Services> openingEarly;
    /** Its first page, read once it has opened (null in it: the window reads the page itself). */
    private static volatile CompletableFuture<FirstPage> firstPageEarly;

    private TaskExecutor executor;
    private volatile Services services;
    /** The register password typed on the unlock screen; null until then, or when the register has none. */
    private volatile RegisterPassword password;
    private MainWindow window;

    /** Opens the window on the register file at {@code database}; returns the exit code when it closes. */
    public static int openWindow(Path database, boolean demo) {
        return openWindow(new RegisterLocation.H2File(database), demo);
    }

    /**
     * Says in a window why no register can be opened ({@code why}: a setting that names none), for a
     * start from the desktop, where nobody reads the command line; returns the exit code when the
     * message is closed.
     */
    public static int showRefusal(String why) {
        refusal = why;
        Application.launch(RegisterApp.class);
        return 2;
    }

    /**
     * Opens the window on the register at {@code location} (a file, or a shared register on a server
     * with the password from PGPASSWORD or .pgpass); returns the exit code when it closes.
     */
    public static int openWindow(RegisterLocation location, boolean demo) {
        register = location;
        fillWithSamples = demo;
        // the register opens, and its first page is read, while JavaFX starts: at 100,000
        // signatories each takes about a second
        CompletableFuture<Services> opening = new CompletableFuture<>();
        CompletableFuture<FirstPage> firstPage = new CompletableFuture<>();
        openingEarly = opening;
        firstPageEarly = firstPage;
        Thread thread = new Thread(() -> openEarly(location, demo, opening, firstPage), "open-register-early");
        thread.setDaemon(true);
        thread.start();
        Application.launch(RegisterApp.class);
        return 0;
    }

    /**
     * Opens the register at {@code location} into {@code opening}, then reads its first page into
     * {@code firstPage}: of a register file only, which no other program changes meanwhile (a shared
     * register's window reads its page once it follows the other PCs' changes), and not when the
     * register is to be filled with samples first (null then).
     */
    private static void openEarly(RegisterLocation location, boolean demo, CompletableFuture<Services> opening,
                                  CompletableFuture<FirstPage> firstPage) {
        Services opened;
        try {
            opened = Services.open(location, Clock.systemDefaultZone());
        } catch (Throwable problem) {
            opening.completeExceptionally(problem);
            firstPage.complete(null);
            return;
        }
        opening.complete(opened);
        if (demo || !(location instanceof RegisterLocation.H2File)) {
            firstPage.complete(null);
            return;
        }
        try {
            firstPage.complete(FirstPage.read(opened.register()));
        } catch (Throwable problem) {
            firstPage.completeExceptionally(problem);
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        stage.setTitle("Compact Register");
        for (int size : new int[] {32, 64, 128}) {
            stage.getIcons().add(new Image(RegisterApp.class.getResourceAsStream(
                    "/assets/icons/compact-register-" + size + ".png")));
        }
        if (refusal != null) {
            stage.setScene(new Scene(new VBox(), 520, 200)); // the message's owner, never shown
            new FxDialogService(stage).showError("The register could not be opened", refusal);
            Platform.exit();
            return;
        }
        openRegister(stage);
        // a register that opens at once goes straight to its window; one that takes longer gets the splash
        PauseTransition splashDelay = new PauseTransition(SPLASH_AFTER);
        splashDelay.setOnFinished(event -> showSplash(stage));
        splashDelay.play();
    }

    /** The window that says the register is being opened, unless a screen of the register shows already. */
    private void showSplash(Stage stage) {
        if (stage.isShowing()) {
            return;
        }
        ProgressIndicator spinner = new ProgressIndicator();
        Label opening = new Label("Opening " + (register instanceof RegisterLocation.H2File
                ? "the register at " : "") + register.describe() + " …");
        opening.setWrapText(true);
        VBox splash = new VBox(16, spinner, opening);
        splash.getStyleClass().add("splash");
        splash.setStyle("-fx-padding: 32; -fx-alignment: center;");
        stage.setScene(new Scene(splash, 520, 200));
        stage.show();
    }

    /** Opens the register in the background; a damaged one gets the screen that offers ways back. */
    private void openRegister(Stage stage) {
        CompletableFuture<Services> early = openingEarly;
        CompletableFuture<FirstPage> firstPage = firstPageEarly;
        openingEarly = null;
        firstPageEarly = null;
        executor.execute(BackgroundTask.of("Opening the register", progress -> {
                    Services opened = early != null ? openedEarly(early)
                            : register instanceof RegisterLocation.H2File file
                            ? Services.open(file.file(), Clock.systemDefaultZone(), StaffMember.ofComputerUser(), password)
                            : Services.open(register, Clock.systemDefaultZone());
                    if (fillWithSamples && opened.register().count() == 0) {
                        opened.sampleData().fillEmptyRegister(SampleDataService.DEFAULT_COUNT);
                    }
                    return opened;
                })
                .onSuccess(opened -> showRegister(stage, opened, early != null ? firstPage : null))
                .onFailure(problem -> {
                    showSplash(stage);
                    if (problem instanceof RegisterDamagedException damaged) {
                        showDamaged(stage, damaged);
                        return;
                    }
                    if (problem instanceof RegisterPasswordException locked
                            && locked.why() == RegisterPasswordException.Why.NEEDED) {
                        showUnlock(stage);
                        return;
                    }
                    if (register instanceof RegisterLocation.Server) {
                        new FxDialogService(stage).showError("The shared register could not be opened",
                                Problems.describe(problem));
                        askToConnect(stage);
                        return;
                    }
                    new FxDialogService(stage).showError("The register could not be opened", Problems.describe(problem));
                    Platform.exit();
                }));
    }

    /**
     * A shared register named at start-up that did not open (no password, a name mistyped): File >
     * Connect's dialog, filled in, until it opens or the user cancels, which ends the app.
     */
    private void askToConnect(Stage stage) {
        ConnectViewModel connect = new ConnectViewModel(executor, new FxDialogService(stage), Clock.systemDefaultZone(),
                register, () -> true, opened -> {
                    register = opened.location();
                    showRegister(stage, opened);
                });
        connect.whenNotConnected(Platform::exit, () -> connect.ask(ConnectDialog.of(connect.suggested())));
        connect.ask(ConnectDialog.of(connect.suggested()));
    }

    /** The register opened while JavaFX started, or what stopped it from opening. */
    private static Services openedEarly(CompletableFuture<Services> early) {
        try {
            return early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw e;
        }
    }

    /** The register has a password: the screen that asks for it ({@link UnlockRegisterViewModel#TRIES} tries). */
    private void showUnlock(Stage stage) {
        UnlockRegisterViewModel viewModel = new UnlockRegisterViewModel(((RegisterLocation.H2File) register).file(), Clock.systemDefaultZone(),
                executor, (opened, typed) -> {
                    password = typed;
                    showRegister(stage, opened);
                }, (damaged, typed) -> {
                    password = typed;
                    showDamaged(stage, damaged);
                });
        stage.setScene(new Scene(UnlockRegisterView.build(viewModel, Platform::exit), 600, 300));
        stage.setTitle("Compact Register: register password");
    }

    private void showDamaged(Stage stage, RegisterDamagedException damaged) {
        DamagedRegisterViewModel viewModel = new DamagedRegisterViewModel(new DamagedRegister(damaged.file(), password),
                executor, new FxDialogService(stage), () -> openRegister(stage));
        stage.setScene(new Scene(DamagedRegisterView.build(viewModel, damaged.getMessage(), Platform::exit), 800, 360));
        stage.setTitle("Compact Register: the register file is damaged");
        viewModel.load();
    }

    private void showRegister(Stage stage, Services opened) {
        showRegister(stage, opened, null);
    }

    /** {@code firstPage}: the register's first page being read since it opened, or null (see {@link MainWindow#show(CompletableFuture)}). */
    private void showRegister(Stage stage, Services opened, CompletableFuture<FirstPage> firstPage) {
        services = opened;
        stage.setOnCloseRequest(event -> {
            event.consume();
            closeRegister(stage);
        });
        window = new MainWindow(stage, opened, executor, reopened -> {
            // windows opened on the register before the restore (forms, scans) belong to the closed one
            Window.getWindows().stream().filter(other -> other != stage).toList().forEach(Window::hide);
            showRegister(stage, reopened);
        }, connected -> switchTo(stage, opened, connected));
        window.show(firstPage);
    }

    /**
     * Shows {@code connected} (a register File > Connect to a shared register… opened) in place of
     * {@code current}, which is closed in the background; its other windows are closed first.
     */
    private void switchTo(Stage stage, Services current, Services connected) {
        Window.getWindows().stream().filter(other -> other != stage).toList().forEach(Window::hide);
        register = connected.location();
        showRegister(stage, connected);
        Thread closing = new Thread(() -> closeQuietly(current), "close-previous-register");
        closing.start();
    }

    /**
     * Closes the register when the main window closes: work already under way (a search, a save)
     * ends first, then the automatic backup (unless turned off) and the closing of the database
     * run in the background while the window says so; a backup that fails is reported before the
     * app ends.
     */
    private void closeRegister(Stage stage) {
        Services closing = services;
        if (closing == null) {
            Platform.exit();
            return;
        }
        if (!window.mayClose()) {
            return;
        }
        Window.getWindows().stream().filter(other -> other != stage).toList().forEach(Window::hide);
        ClosingRegisterViewModel closingModel = new ClosingRegisterViewModel(closing, executor);
        services = null;
        BackgroundTask<Boolean> task = closingModel.task()
                .onSuccess(done -> Platform.exit())
                .onFailure(problem -> {
                    new FxDialogService(stage).showError("The automatic backup was not made",
                            Problems.describe(problem) + " The register itself is closed and safe; make a backup "
                                    + "with Tools > Back up now… next time.");
                    Platform.exit();
                });
        stage.setScene(new Scene(ClosingRegisterView.build(task, closingModel), 520, 220));
        stage.setOnCloseRequest(Event::consume);
        new FxTaskExecutor().execute(task);
    }

    private static void closeQuietly(Services closing) {
        try {
            closing.close();
        } catch (RuntimeException e) {
            LOG.warn("Closing the register did not go cleanly", e);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        Services stillOpen = services;
        if (stillOpen != null) {
            services = null;
            closeQuietly(stillOpen);
        }
    }
}
