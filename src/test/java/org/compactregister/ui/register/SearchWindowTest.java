package org.compactregister.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.service.Services;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Typing in the real window: the count of matches is shown, inside-word and one-slip matches come after exact ones. */
class SearchWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);

    @BeforeEach
    void showTheMainWindow() throws Exception {
        Services services = window.services();
        services.sampleData().fillEmptyRegister(150);
        for (String[] entry : new String[][] {
            {"Amelia Whitfield", "Ashvelmor Tenants Forum", "LE1 1AA"},
            {"Kwame Mensah", "Velmorton Bowls Club", "LE2 2BB"},
            {"Zofia Nowak", "Vlemorton Road Allotments", "LE3 3CC"}}) {
            services.register().register(new CommitmentForm(entry[0], LocalDate.of(2025, 6, 1), entry[1],
                    new Address("1 Market Place", "", "Brambleford", entry[2]), "", "", Sector.VOLUNTARY_AND_COMMUNITY,
                    null, null, ""), true);
        }
        window.show(stage -> new MainWindow(stage, services, window.executor()).show());
    }

    private List<String> shown(FxRobot robot) {
        TableView<Signatory> table = robot.lookup("#register-table").queryTableView();
        return table.getItems().stream().map(Signatory::organisation).toList();
    }

    private String summary(FxRobot robot) {
        return robot.lookup("#register-summary").queryAs(Label.class).getText();
    }

    @Test
    void typingShowsTheCountAndRanksExactBeforeInsideBeforeOneSlip(FxRobot robot) throws Exception {
        window.waitUntil(() -> summary(robot).equals("153 signatories in the register."));

        robot.clickOn("#search").write("velmorton bowls");
        window.waitUntil(() -> summary(robot).equals("1 signatory matches."));
        assertEquals(List.of("Velmorton Bowls Club"), shown(robot));

        window.fill("#search", "velmor");
        window.waitUntil(() -> summary(robot).equals("3 signatories match."));
        assertEquals(List.of("Velmorton Bowls Club", "Ashvelmor Tenants Forum", "Vlemorton Road Allotments"),
                shown(robot), "the word that starts with it, then the word holding it, then the one with a slip");

        window.fill("#search", "velmorton");
        window.waitUntil(() -> summary(robot).equals("2 signatories match."));
        assertEquals(List.of("Velmorton Bowls Club", "Vlemorton Road Allotments"), shown(robot),
                "the exact word first, then the one with two letters swapped");

        window.fill("#search", "zzqx");
        window.waitUntil(() -> summary(robot).equals("0 signatories match."));
        assertEquals("No signatory matches \"zzqx\". Search looks in the organisation, name, postcode, email and "
                + "phone: the start of words first, then letters inside words, then words with one letter wrong, "
                + "missing or swapped.", robot.lookup("#register-placeholder").queryAs(Label.class).getText());
    }
}
