package org.compactregister.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Drives the real main window: a signatory's form shows its History; Personal data > Erase asks and
 * erases, keeping the organisation; the Audit window filtered to the record shows the erasure.
 */
class PrivacyWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);

    @BeforeEach
    void showTheRegisterWithOneSignatory() throws Exception {
        LocalDate signed = LocalDate.of(2026, 10, 1);
        window.services().register().register(new CommitmentForm("Wilhelmina Corrigan", signed,
                "Brackenfold Community Larder", new Address("8 Tannery Yard", "", "Brackenfold", "LE4 7GH"),
                "0116 496 0321", "wil@example.org", Sector.VOLUNTARY_AND_COMMUNITY, signed.plusDays(4),
                HowReceived.EMAIL, ""), true);
        window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());
    }

    private Signatory stored() {
        return window.services().register().find(1).orElseThrow();
    }

    @Test
    void theFormShowsItsHistoryThenTheErasureIsAskedForDoneAndInTheAuditWindow(FxRobot robot) throws Exception {
        TableView<Signatory> register = robot.lookup("#register-table").queryTableView();
        window.waitUntil(() -> register.getItems().size() == 1);
        robot.doubleClickOn("Brackenfold Community Larder");
        window.waitUntil(() -> robot.lookup("#history-changes").tryQuery().isPresent());
        TableView<AuditRow> history = robot.lookup("#history-changes").queryTableView();
        window.waitUntil(() -> !history.getItems().isEmpty());
        assertTrue(history.getItems().stream().anyMatch(row -> row.change().equals("Entered · Name: Wilhelmina Corrigan")),
                history.getItems().toString());
        // saved elsewhere while the form is open: the History shows the edit without being asked
        window.services().register().update(stored(), stored().form().withContact("0116 496 0999", "wil@example.org"),
                true);
        window.waitUntil(() -> history.getItems().stream().anyMatch(row -> row.change().startsWith("Edited · Tel: ")));
        robot.clickOn("Cancel");
        window.waitUntil(() -> robot.lookup("#history-changes").tryQuery().isEmpty());

        robot.clickOn("Brackenfold Community Larder");
        robot.clickOn("Personal data").clickOn("Erase personal data of selected signatory…");
        window.waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isPresent());
        assertTrue(robot.lookup("#dialog-message").queryAs(Label.class).getText().contains("Kept: the organisation"));
        robot.clickOn("Erase");
        window.waitUntil(() -> stored().signatoryName().isEmpty());
        window.waitUntil(() -> robot.lookup("Personal data erased").tryQuery().isPresent());
        robot.clickOn("OK");
        assertEquals("Brackenfold Community Larder", stored().organisation());

        robot.clickOn("Personal data").clickOn("Audit trail…");
        window.waitUntil(() -> robot.lookup("#audit-reference").tryQuery().isPresent());
        robot.clickOn("#audit-reference");
        window.enter("CS-000001");
        robot.clickOn("#audit-show");
        TableView<AuditRow> audit = robot.lookup("#audit-table").queryTableView();
        window.waitUntil(() -> audit.getItems().size() > 0 && audit.getItems().get(0).what().equals("Personal data erased"));
        assertTrue(audit.getItems().stream().noneMatch(row -> row.newValue().contains("Wilhelmina")
                || row.summary().contains("Wilhelmina")), "the trail holds the erased name nowhere");
        assertTrue(audit.getItems().stream().anyMatch(row -> row.field().equals("Name")
                && row.newValue().equals("(erased)")));
        assertTrue(Files.exists(window.services().databaseFile()));
    }
}
