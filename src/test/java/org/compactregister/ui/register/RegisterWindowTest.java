package org.compactregister.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.model.Signatory;
import org.compactregister.service.Services;
import org.compactregister.ui.FxTaskExecutor;
import org.compactregister.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real register window: enter a form, meet an error, save, find it, change it. */
@ExtendWith(ApplicationExtension.class)
class RegisterWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path dir;

    private Services services;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = Services.open(dir.resolve("window-" + System.nanoTime()), CLOCK);
        executor = new FxTaskExecutor();
        new MainWindow(stage, services, executor).show();
    }

    @AfterEach
    void close() {
        executor.shutdown();
        services.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<Signatory> table(FxRobot robot) {
        return robot.lookup("#register-table").queryTableView();
    }

    private String focusedId(FxRobot robot) {
        Window window = robot.listTargetWindows().stream().filter(Window::isFocused).findFirst().orElseThrow();
        Node focused = window.getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    @Test
    void enterAFormMeetAnErrorSaveFindAndChangeIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#register-placeholder").queryAs(Label.class).getText().startsWith("The register is empty"));

        robot.clickOn("#new-form");
        waitUntil(() -> robot.lookup("#signatory-name").tryQuery().isPresent());
        robot.clickOn("#signatory-name").write("Nguyễn Thị Lan");
        robot.type(KeyCode.TAB);
        assertEquals("date-signed", focusedId(robot), "Tab follows the paper form: Name, then Date");
        robot.write("2/11/2026");
        robot.type(KeyCode.TAB);
        assertEquals("organisation", focusedId(robot), "then On behalf of Organisation");
        robot.write("Hollin Vale Refugee Welcome");
        robot.type(KeyCode.TAB);
        assertEquals("address-line1", focusedId(robot), "then the Address");
        robot.write("St Margaret's Centre");
        robot.type(KeyCode.TAB).write("9 Church Walk");
        robot.type(KeyCode.TAB).write("Leicester");
        robot.type(KeyCode.TAB).write("le1");
        robot.type(KeyCode.TAB);
        assertEquals("telephone", focusedId(robot), "then Tel");
        robot.write("0116 496 0877");
        robot.type(KeyCode.TAB).write("lan@hollinvale.example.org");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> !robot.lookup("#postcode-error").queryAs(Label.class).getText().isEmpty());
        assertEquals("\"le1\" is not a UK postcode. Write it like LE1 1AA.",
                robot.lookup("#postcode-error").queryAs(Label.class).getText());
        assertEquals("Hollin Vale Refugee Welcome", robot.lookup("#organisation").queryAs(TextField.class).getText(),
                "the form stays open with everything typed");
        assertEquals(0, services.register().count(), "nothing is saved until the form is valid");

        robot.doubleClickOn("#postcode").write("LE1 6ZZ");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#signatory-name").tryQuery().isEmpty());
        waitUntil(() -> table(robot).getItems().size() == 1);
        Signatory saved = table(robot).getItems().get(0);
        assertEquals("Hollin Vale Refugee Welcome", saved.organisation());
        assertEquals("LE1 6ZZ", saved.form().address().postcode());

        services.sampleData();
        robot.clickOn("#search").write("refugee hollin");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.clickOn("#search").eraseText(14).write("nobody-like-this");
        waitUntil(() -> table(robot).getItems().isEmpty());
        assertTrue(robot.lookup("#register-placeholder").queryAs(Label.class).getText()
                .startsWith("No signatory matches \"nobody-like-this\""));
        robot.clickOn("#search").eraseText(16).write("LE1 6ZZ");
        waitUntil(() -> table(robot).getItems().size() == 1);

        robot.doubleClickOn("Hollin Vale Refugee Welcome");
        waitUntil(() -> robot.lookup("#notes").tryQuery().isPresent());
        assertEquals("Nguyễn Thị Lan", robot.lookup("#signatory-name").queryAs(TextField.class).getText());
        robot.clickOn("#notes").write("Phoned to say the form was received.");
        robot.clickOn("#save");
        waitUntil(() -> robot.lookup("#notes").tryQuery().isEmpty());
        waitUntil(() -> services.register().find(saved.id()).orElseThrow().version() == 2);
        assertEquals("Phoned to say the form was received.",
                services.register().find(saved.id()).orElseThrow().form().notes());
    }
}
