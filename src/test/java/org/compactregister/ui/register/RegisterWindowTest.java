package org.compactregister.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.compactregister.model.Signatory;
import org.compactregister.service.Services;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Drives the real register window: enter a form, meet an error, save, find it, change it. */
class RegisterWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);

    private Services services;

    @BeforeEach
    void showTheMainWindow() throws Exception {
        services = window.services();
        window.show(stage -> new MainWindow(stage, services, window.executor()).show());
    }

    private TableView<Signatory> table(FxRobot robot) {
        return robot.lookup("#register-table").queryTableView();
    }

    private String focusedId(FxRobot robot) {
        Window focusedWindow = robot.listTargetWindows().stream().filter(Window::isFocused).findFirst().orElseThrow();
        Node focused = focusedWindow.getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    @Test
    void enterAFormMeetAnErrorSaveFindAndChangeIt(FxRobot robot) throws Exception {
        window.waitUntil(() -> robot.lookup("#register-placeholder").queryAs(Label.class).getText().startsWith("The register is empty"));

        robot.clickOn("#new-form");
        window.waitUntil(() -> robot.lookup("#signatory-name").tryQuery().isPresent());
        robot.clickOn("#signatory-name").write("Nguyễn Thị Lan");
        robot.type(KeyCode.TAB);
        assertEquals("date-signed", focusedId(robot), "Tab follows the paper form: Name, then Date");
        window.enter("2/11/2026");
        robot.type(KeyCode.TAB);
        assertEquals("organisation", focusedId(robot), "then On behalf of Organisation");
        window.enter("Hollin Vale Refugee Welcome");
        robot.type(KeyCode.TAB);
        assertEquals("address-line1", focusedId(robot), "then the Address");
        window.enter("St Margaret's Centre");
        robot.type(KeyCode.TAB);
        window.enter("9 Church Walk");
        robot.type(KeyCode.TAB);
        window.enter("Leicester");
        robot.type(KeyCode.TAB);
        assertEquals("postcode", focusedId(robot), "then the Postcode");
        robot.write("le1");
        robot.type(KeyCode.TAB);
        assertEquals("telephone", focusedId(robot), "then Tel");
        window.enter("0116 496 0877");
        robot.type(KeyCode.TAB);
        window.enter("lan@hollinvale.example.org");
        robot.type(KeyCode.ENTER);

        window.waitUntil(() -> !robot.lookup("#postcode-error").queryAs(Label.class).getText().isEmpty());
        assertEquals("\"le1\" is only the first half of a postcode. Add the second half, like LE1 1AA.",
                robot.lookup("#postcode-error").queryAs(Label.class).getText());
        assertEquals("Hollin Vale Refugee Welcome", robot.lookup("#organisation").queryAs(TextField.class).getText(),
                "the form stays open with everything typed");
        assertEquals(0, services.register().count(), "nothing is saved until the form is valid");

        robot.clickOn("#postcode");
        window.enter("LE1 6ZZ");
        robot.type(KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#signatory-name").tryQuery().isEmpty());
        window.waitUntil(() -> table(robot).getItems().size() == 1);
        Signatory saved = table(robot).getItems().get(0);
        assertEquals("Hollin Vale Refugee Welcome", saved.organisation());
        assertEquals("LE1 6ZZ", saved.form().address().postcode());

        robot.clickOn("#search").write("refugee hollin");
        window.waitUntil(() -> table(robot).getItems().size() == 1);
        robot.clickOn("#search").push(KeyCode.END).eraseText(14).write("nobody-like-this");
        Label placeholder = robot.lookup("#register-placeholder").queryAs(Label.class);
        // the table empties at the first letters that match nothing; the message follows the last letter typed
        window.waitUntil(() -> table(robot).getItems().isEmpty()
                && placeholder.getText().startsWith("No signatory matches \"nobody-like-this\""));
        robot.clickOn("#search").push(KeyCode.END).eraseText(16).write("LE1 6ZZ");
        window.waitUntil(() -> table(robot).getItems().size() == 1);

        robot.doubleClickOn("Hollin Vale Refugee Welcome");
        window.waitUntil(() -> robot.lookup("#notes").tryQuery().isPresent());
        assertEquals("Nguyễn Thị Lan", robot.lookup("#signatory-name").queryAs(TextField.class).getText());
        window.fill("#notes", "Phoned to say the form was received.");
        robot.clickOn("#save");
        window.waitUntil(() -> robot.lookup("#notes").tryQuery().isEmpty());
        window.waitUntil(() -> services.register().find(saved.id()).orElseThrow().version() == 2);
        assertEquals("Phoned to say the form was received.",
                services.register().find(saved.id()).orElseThrow().form().notes());
    }

    @Test
    void theFieldsThePaperHasNoBoxForArePassedByTabWhileEmptyAndReachedWithAlt(FxRobot robot) throws Exception {
        robot.clickOn("#new-form");
        window.waitUntil(() -> robot.lookup("#signatory-name").tryQuery().isPresent());
        robot.clickOn("#telephone");
        robot.type(KeyCode.TAB);
        assertEquals("email", focusedId(robot), "Tab passes the empty Second tel");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("telephone", focusedId(robot), "and so does Shift+Tab");

        robot.press(KeyCode.ALT).press(KeyCode.T).release(KeyCode.T).release(KeyCode.ALT);
        window.waitUntil(() -> "second-telephone".equals(focusedId(robot)));
        robot.write("0116 496 0999");
        robot.press(KeyCode.ALT).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.ALT);
        window.waitUntil(() -> "address-line3".equals(focusedId(robot)));
        robot.write("Knighton");
        robot.type(KeyCode.TAB);
        assertEquals("town", focusedId(robot));
        robot.clickOn("#telephone");
        robot.type(KeyCode.TAB);
        assertEquals("second-telephone", focusedId(robot), "once it holds a number, Tab stops in it");
        assertEquals("0116 496 0999", robot.lookup("#second-telephone").queryAs(TextField.class).getText());
        assertEquals("Knighton", robot.lookup("#address-line3").queryAs(TextField.class).getText());
        assertEquals("", robot.lookup("#telephone").queryAs(TextField.class).getText(),
                "Alt and the letter type nothing into the field left");
        robot.type(KeyCode.ESCAPE);
        window.waitUntil(() -> robot.lookup("Discard").tryQuery().isPresent());
        robot.clickOn("Discard");
        window.waitUntil(() -> robot.lookup("#signatory-name").tryQuery().isEmpty());
    }
}
