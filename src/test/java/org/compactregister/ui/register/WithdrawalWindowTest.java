package org.compactregister.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.Status;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Drives the real withdrawal dialog from the main window: a withdrawal without a reason is refused
 * in words; with a date and reason the signatory stays in the register, marked withdrawn.
 */
class WithdrawalWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);

    @BeforeEach
    void showTheRegisterWithOneSignatory() throws Exception {
        LocalDate signed = LocalDate.of(2026, 10, 1);
        window.services().register().register(new CommitmentForm("Tomasz Nowicki", signed, "Kingsmere Walking Group",
                new Address("2 Canal Side", "", "Kingsmere", "LE4 7GH"), "", "", Sector.VOLUNTARY_AND_COMMUNITY,
                signed.plusDays(4), HowReceived.EMAIL, ""), true);
        window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());
    }

    private Signatory stored() {
        return window.services().register().find(1).orElseThrow();
    }

    @Test
    void aWithdrawalWithoutAReasonIsRefusedAndOneWithAReasonMarksTheSignatoryWithdrawn(FxRobot robot) throws Exception {
        TableView<Signatory> table = robot.lookup("#register-table").queryTableView();
        window.waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("Kingsmere Walking Group");

        robot.clickOn("#withdraw-signatory");
        window.waitUntil(() -> robot.lookup("#withdrawal-reason").tryQuery().isPresent());
        assertEquals(LocalDate.of(2026, 11, 29), robot.lookup("#withdrawal-date").queryAs(DatePicker.class).getValue(),
                "today, to start with");
        robot.clickOn("Record withdrawal");
        window.waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isPresent());
        assertEquals("Enter the reason for the withdrawal, as the organisation gave it.",
                robot.lookup("#dialog-message").queryAs(Label.class).getText());
        robot.clickOn("OK");
        window.waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isEmpty());
        assertEquals(Status.RECEIVED, stored().status(), "nothing was recorded");

        robot.clickOn("#withdraw-signatory");
        window.waitUntil(() -> robot.lookup("#withdrawal-reason").tryQuery().isPresent());
        robot.clickOn("#withdrawal-date");
        window.enter("20/11/2026");
        robot.clickOn("#withdrawal-reason");
        window.enter("The group has closed: its members now walk with the Ashcombe Ramblers.");
        robot.clickOn("Record withdrawal");

        window.waitUntil(() -> stored().status() == Status.WITHDRAWN);
        Signatory withdrawn = stored();
        assertEquals(LocalDate.of(2026, 11, 20), withdrawn.withdrawal().date());
        assertEquals("The group has closed: its members now walk with the Ashcombe Ramblers.",
                withdrawn.withdrawal().reason());
        window.waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).status() == Status.WITHDRAWN);
        TableColumn<Signatory, ?> status = table.getColumns().stream().filter(column -> column.getText().equals("Status"))
                .findFirst().orElseThrow();
        assertEquals("Withdrawn", status.getCellData(0));
        assertTrue(robot.lookup(".table-row-cell.withdrawn").tryQuery().isPresent(), "the row is shown as withdrawn");
    }
}
