package org.compactregister.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.compactregister.model.Signatory;
import org.compactregister.scan.ScanFiles;
import org.compactregister.scan.ScanListing;
import org.compactregister.scan.ScanService;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real scans panel: attach chosen files, see them listed, view one, remove one. */
class ScansPanelWindowTest {

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onRegister(ScanTestRegister::open);

    private Signatory signatory;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void showThePanel() throws Exception {
        signatory = ScanTestRegister.addSignatory(window.services(), 3);
        window.show(stage -> {
            ScansPanel panel = new ScansPanel(new ScansPanelViewModel(new ScanService(window.services()),
                    new SameThreadTaskExecutor(), dialogs, SystemViewer.desktop(), signatory));
            Scene scene = new Scene(new BorderPane(panel.root()), 380, 640);
            ScanStyles.addTo(scene);
            stage.setScene(scene);
            stage.show();
            panel.refresh();
        });
    }

    @Test
    void attachViewAndRemoveScansThroughThePanel(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#scans-empty").queryAs(Label.class).getText().startsWith("No scans yet"));
        Path folder = Files.createDirectories(window.folder().resolve("files"));
        dialogs.answerFile(ScanFiles.pdf(folder.resolve("signed form.pdf"), 3));
        dialogs.answerFile(ScanFiles.multiPageTiff(folder.resolve("scanner-0001.tif"), 2));

        robot.clickOn("#attach-scans");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<ScanListing> list = robot.lookup("#scans-list").queryListView();
        assertEquals(2, list.getItems().size());
        robot.lookup("signed form.pdf").query();
        robot.lookup("PDF · 3 pages, 1 KB").query();
        assertEquals("Attached 2 scans.", robot.lookup("#scans-notice").queryAs(Label.class).getText());

        robot.clickOn("signed form.pdf");
        robot.clickOn("#view-scan");
        window.waitUntil(() -> robot.lookup("#scan-page-label").tryQuery().isPresent());
        assertEquals("Page 1 of 3", robot.lookup("#scan-page-label").queryAs(Label.class).getText());
        robot.clickOn("#scan-next");
        assertEquals("Page 2 of 3", robot.lookup("#scan-page-label").queryAs(Label.class).getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#scan-page-label").tryQuery().isEmpty(), "the viewer closed on Escape");

        dialogs.answerConfirm(true);
        robot.clickOn("scanner-0001.tif");
        robot.clickOn("#remove-scan");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, list.getItems().size());
        assertEquals("signed form.pdf", list.getItems().get(0).scan().fileName());
        assertTrue(dialogs.last().message().contains("\"scanner-0001.tif\" from " + signatory.organisation()));
    }
}
