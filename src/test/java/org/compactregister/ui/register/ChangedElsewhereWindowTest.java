package org.compactregister.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.service.OtherStaff;
import org.compactregister.service.RegisterService;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Two members of staff change the same signatory: the open form says so at once, the table shows
 * the other's change, and saving shows the two versions side by side to choose from, field by field.
 */
class ChangedElsewhereWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);

    private RegisterService alice;

    @BeforeEach
    void showTheRegisterWithOneSignatory() throws Exception {
        LocalDate signed = LocalDate.of(2026, 10, 1);
        window.services().register().register(new CommitmentForm("Tomasz Nowicki", signed, "Kingsmere Walking Group",
                new Address("2 Canal Side", "", "Kingsmere", "LE4 7GH"), "0116 496 0100", "walks@kingsmere.example.org",
                Sector.VOLUNTARY_AND_COMMUNITY, signed.plusDays(4), HowReceived.EMAIL, ""), true);
        alice = OtherStaff.as(window.services(), "alice");
        window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());
    }

    private Signatory stored() {
        return window.services().register().find(1).orElseThrow();
    }

    @Test
    void theFormSaysSoAtOnceAndTheSaveOffersBothVersionsFieldByField(FxRobot robot) throws Exception {
        TableView<Signatory> table = robot.lookup("#register-table").queryTableView();
        window.waitUntil(() -> table.getItems().size() == 1);
        robot.doubleClickOn("Kingsmere Walking Group");
        window.waitUntil(() -> robot.lookup("#telephone").tryQuery().isPresent());
        window.fill("#telephone", "0116 496 0222");
        window.fill("#notes", "Asked for leaflets.");

        Signatory opened = stored();
        alice.update(opened, opened.form().withContact("0116 496 0333", "hello@kingsmere.example.org")
                .withAddress(opened.form().address().withPostcode("LE4 7GJ")), false);

        Label notice = robot.lookup("#changed-elsewhere").queryAs(Label.class);
        window.waitUntil(notice::isVisible);
        assertTrue(notice.getText().startsWith("Saved by alice at "), notice.getText());
        assertTrue(notice.getText().contains("your changes are kept"), notice.getText());
        window.waitUntil(() -> "LE4 7GJ".equals(table.getItems().get(0).form().address().postcode()));

        robot.clickOn("#save");
        window.waitUntil(() -> robot.lookup("#version-choice-fields").tryQuery().isPresent());
        assertEquals("\"Kingsmere Walking Group\" was saved by alice at 10:00 while you had it open. Choose which "
                + "to keep in each field that differs; every other field stays as they saved it.",
                robot.lookup("#version-choice-heading").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#mine-TELEPHONE").queryAs(RadioButton.class).isSelected(), "both changed: mine first");
        assertTrue(robot.lookup("#theirs-POSTCODE").queryAs(RadioButton.class).isSelected(), "only theirs changed");
        assertTrue(robot.lookup("#theirs-EMAIL").queryAs(RadioButton.class).isSelected());
        assertTrue(robot.lookup("#mine-NOTES").queryAs(RadioButton.class).isSelected());
        assertTrue(robot.lookup(".changed-by-both").tryQuery().isPresent(), "the field both changed is marked");

        robot.clickOn("#take-all-theirs");
        assertTrue(robot.lookup("#theirs-NOTES").queryAs(RadioButton.class).isSelected());
        robot.clickOn("#keep-all-mine");
        assertTrue(robot.lookup("#mine-POSTCODE").queryAs(RadioButton.class).isSelected());
        robot.clickOn("#theirs-POSTCODE");
        robot.clickOn("#theirs-EMAIL");
        robot.clickOn("#save-choices");

        window.waitUntil(() -> stored().version() == 3);
        Signatory result = stored();
        assertEquals("0116 496 0222", result.form().telephone());
        assertEquals("LE4 7GJ", result.form().address().postcode());
        assertEquals("hello@kingsmere.example.org", result.form().email());
        assertEquals("Asked for leaflets.", result.form().notes());
        window.waitUntil(() -> robot.lookup("#telephone").tryQuery().isEmpty());
        assertFalse(robot.lookup("#version-choice-fields").tryQuery().isPresent());
        window.waitUntil(() -> table.getItems().get(0).version() == 3);
    }
}
