package org.compactregister.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.RetentionItem;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.SubjectAccessRequest;
import org.compactregister.model.Withdrawal;
import org.compactregister.service.SaveOutcome;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Drives the real Subject access requests and Retention windows on a real register. */
class RequestsAndRetentionWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2029-03-31T10:00:00Z"), ZoneId.of("Europe/London"));

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private PrivacyMenu menu;
    private Signatory withdrawn;

    @BeforeEach
    void aRegisterWithAWithdrawnSignatory() throws Exception {
        LocalDate signed = LocalDate.of(2026, 2, 3);
        SaveOutcome outcome = window.services().register().register(new CommitmentForm("Cornelius Ashdown", signed,
                "Fernleigh Men's Shed", new Address("1 Kiln Row", "", "Fernleigh", "LE9 2AB"), "0116 496 0777",
                "cornelius@example.org", Sector.VOLUNTARY_AND_COMMUNITY, signed.plusDays(2), HowReceived.POST, ""),
                true);
        Signatory saved = ((SaveOutcome.Saved) outcome).signatory();
        withdrawn = window.services().register().withdraw(saved, new Withdrawal(LocalDate.of(2027, 1, 10), "Closed"));
        Stage owner = window.showOwner();
        window.onFxThread(() -> menu = new PrivacyMenu(owner, window.services(), window.executor(), dialogs,
                new SimpleObjectProperty<>(), () -> { }));
    }

    @Test
    void aRequestIsMadeIntoAPackLoggedDueInAMonthAndMarkedAnswered(FxRobot robot) throws Exception {
        window.onFxThread(menu::openRequests);
        window.waitUntil(() -> robot.lookup("#request-person").tryQuery().isPresent());
        robot.clickOn("#request-person");
        window.enter("0116 4960777");
        Path pack = window.folder().resolve("pack.zip");
        dialogs.answerFile(pack);
        robot.clickOn("#request-make");
        TableView<SubjectAccessRequest> table = robot.lookup("#request-table").queryTableView();
        window.waitUntil(() -> table.getItems().size() == 1);
        assertTrue(Files.size(pack) > 0);
        assertEquals(LocalDate.of(2029, 4, 30), table.getItems().get(0).dueOn(),
                "31 March: April has no 31st, so the last day of April");
        assertTrue(robot.lookup("#request-summary").queryAs(Label.class).getText().startsWith("1 request is open"));
        robot.clickOn("0116 4960777");
        robot.clickOn("#request-answered");
        window.waitUntil(() -> table.getItems().size() == 1 && !table.getItems().get(0).isOpen());
    }

    @Test
    void whatIsDueIsListedWithItsRuleAndErasedAfterAsking(FxRobot robot) throws Exception {
        window.onFxThread(menu::openRetention);
        window.waitUntil(() -> robot.lookup("#retention-personal").tryQuery().isPresent());
        robot.doubleClickOn("#retention-personal");
        window.enter("2");
        robot.clickOn("#retention-save");
        TableView<RetentionItem> table = robot.lookup("#retention-table").queryTableView();
        window.waitUntil(() -> table.getItems().size() == 1);
        assertEquals("personal details kept 2 years after withdrawal", table.getItems().get(0).rule());
        assertEquals(LocalDate.of(2029, 1, 10), table.getItems().get(0).dueSince());
        dialogs.answerConfirm(true);
        robot.clickOn("#retention-apply-all");
        window.waitUntil(() -> window.services().register().find(withdrawn.id()).orElseThrow().signatoryName().isEmpty());
        window.waitUntil(table.getItems()::isEmpty);
        assertEquals("Fernleigh Men's Shed", window.services().register().find(withdrawn.id()).orElseThrow().organisation());
    }
}
