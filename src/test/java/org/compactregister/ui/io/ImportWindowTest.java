package org.compactregister.ui.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.compactregister.io.CsvImportService;
import org.compactregister.io.RefusedRow;
import org.compactregister.io.RowCheck;
import org.compactregister.service.Services;
import org.compactregister.ui.FxTaskExecutor;
import org.compactregister.ui.RecordingDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real import window: choose a file, see the guessed columns and the judged rows, import, read the report. */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path dir;

    private Services services;
    private FxTaskExecutor executor;
    private RecordingDialogService dialogs;
    private int refreshed;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = Services.open(dir.resolve("window-" + System.nanoTime()), CLOCK);
        executor = new FxTaskExecutor();
        Path csv = Files.writeString(dir.resolve("office.csv"), String.join("\r\n",
                "\uFEFFName,Date,On behalf of Organisation,Address,Tel,Email",
                "Amelia Whitfield,24/11/2025,Brambleford Food Share,\"1 Mill Street\r\nBrambleford\r\nLE1 1AA\",0116 496 0123,",
                "Zofia Nowak,31/02/2025,Oakwell Youth Club,,,",
                "Rajesh Mistry,03/02/2024,Kingsmere Carers' Support Group,,01164960456,rajesh@example.org") + "\r\n",
                StandardCharsets.UTF_8);
        dialogs = new RecordingDialogService().answerFile(csv);
        stage.setScene(new Scene(new StackPane(new Label("Register")), 300, 200));
        stage.show();
        new ImportView(new ImportViewModel(new CsvImportService(services), executor, dialogs, () -> refreshed++),
                stage).show();
    }

    @AfterEach
    void close() {
        executor.shutdown();
        services.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void chooseAFileSeeTheRowsJudgedImportAndReadTheReport(FxRobot robot) throws Exception {
        robot.clickOn("#import-choose-file");
        TableView<RowCheck> preview = robot.lookup("#import-preview").queryTableView();
        waitUntil(() -> preview.getItems().size() == 3);
        ComboBox<?> organisation = robot.lookup("#column-organisation").queryAs(ComboBox.class);
        assertEquals(2, organisation.getValue(), "the organisation column was guessed from its header");
        assertEquals("The first 3 rows as the register reads them: 2 fine, 1 would be refused.",
                robot.lookup("#import-preview-summary").queryAs(Label.class).getText());
        assertEquals("LE1 1AA", preview.getItems().get(0).form().address().postcode());

        robot.clickOn("#import-run");
        TableView<RefusedRow> refused = robot.lookup("#import-refused").queryTableView();
        waitUntil(() -> refused.isVisible() && refused.getItems().size() == 1);
        assertEquals("1 row of 3 in office.csv was refused; the other 2 rows were imported.",
                robot.lookup("#import-report-summary").queryAs(Label.class).getText());
        assertEquals(5, refused.getItems().get(0).line());
        assertEquals(2, services.register().count());
        assertEquals(1, refreshed);

        Path report = dir.resolve("office-refused.csv");
        dialogs.answerFile(report);
        robot.clickOn("#import-save-report");
        waitUntil(() -> Files.exists(report));
        assertTrue(Files.readString(report).contains("Oakwell Youth Club"));
    }
}
