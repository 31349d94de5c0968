package org.compactregister.ui.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.compactregister.io.CsvImportService;
import org.compactregister.io.RefusedRow;
import org.compactregister.io.RowCheck;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Drives the real import window: choose a file, see the guessed columns and the judged rows, import, read the report. */
class ImportWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);

    private Services services;
    private RecordingDialogService dialogs;
    private int refreshed;

    @BeforeEach
    void showTheImportWindow() throws Exception {
        services = window.services();
        Path csv = Files.writeString(window.folder().resolve("office.csv"), String.join("\r\n",
                "\uFEFFName,Date,On behalf of Organisation,Address,Tel,Email",
                "Amelia Whitfield,24/11/2025,Brambleford Food Share,\"1 Mill Street\r\nBrambleford\r\nLE1 1AA\",0116 496 0123,",
                "Zofia Nowak,31/02/2025,Oakwell Youth Club,,,",
                "Rajesh Mistry,03/02/2024,Kingsmere Carers' Support Group,,01164960456,rajesh@example.org") + "\r\n",
                StandardCharsets.UTF_8);
        dialogs = new RecordingDialogService().answerFile(csv);
        Stage owner = window.showOwner();
        window.onFxThread(() -> new ImportView(new ImportViewModel(new CsvImportService(services), window.executor(),
                dialogs, () -> refreshed++), owner).show());
    }

    @Test
    void chooseAFileSeeTheRowsJudgedImportAndReadTheReport(FxRobot robot) throws Exception {
        robot.clickOn("#import-choose-file");
        TableView<RowCheck> preview = robot.lookup("#import-preview").queryTableView();
        window.waitUntil(() -> preview.getItems().size() == 3);
        ComboBox<?> organisation = robot.lookup("#column-organisation").queryAs(ComboBox.class);
        assertEquals(2, organisation.getValue(), "the organisation column was guessed from its header");
        assertEquals("The first 3 rows as the register reads them: 2 fine, 1 would be refused.",
                robot.lookup("#import-preview-summary").queryAs(Label.class).getText());
        assertEquals("LE1 1AA", preview.getItems().get(0).form().address().postcode());

        robot.clickOn("#import-run");
        TableView<RefusedRow> refused = robot.lookup("#import-refused").queryTableView();
        window.waitUntil(() -> refused.isVisible() && refused.getItems().size() == 1);
        assertEquals("1 row of 3 in office.csv was refused; the other 2 rows were imported.",
                robot.lookup("#import-report-summary").queryAs(Label.class).getText());
        assertEquals(5, refused.getItems().get(0).line());
        assertEquals(2, services.register().count());
        assertEquals(1, refreshed);

        Path report = window.folder().resolve("office-refused.csv");
        dialogs.answerFile(report);
        robot.clickOn("#import-save-report");
        window.waitUntil(() -> Files.exists(report));
        assertTrue(Files.readString(report).contains("Oakwell Youth Club"));
    }
}
