package org.compactregister.ui.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.compactregister.model.Signatory;
import org.compactregister.scan.ScanFiles;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanListing;
import org.compactregister.scan.ScanService;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Drives the real scan inbox from the main window: a scan waiting in the folder is typed as a new
 * commitment form beside it, and on save it is kept with the new signatory and moved to Done.
 */
class ScanInboxWindowTest {

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onRegister(ScanTestRegister::open);

    private Path inbox;
    private byte[] scanned;

    @BeforeEach
    void aScanWaitsInTheInbox() throws Exception {
        inbox = Files.createDirectories(window.folder().resolve("scanner"));
        scanned = Files.readAllBytes(ScanFiles.image(inbox.resolve("scan-0001.png"), "png", 620, 877));
        ScanService scans = new ScanService(window.services());
        new ScanInbox(window.services(), scans).setFolder(inbox);
        window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());
    }

    @Test
    void typeTheFormBesideTheScanAndSaveItFilesTheScanAndMovesItToDone(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.I);
        window.waitUntil(() -> robot.lookup("#inbox-list").tryQuery().isPresent());
        ListView<InboxEntry> waiting = robot.lookup("#inbox-list").queryListView();
        window.waitUntil(() -> waiting.getItems().size() == 1 && waiting.getSelectionModel().getSelectedItem() != null);
        assertEquals("scan-0001.png", waiting.getItems().get(0).file().name());
        assertEquals(inbox.toString(), robot.lookup("#inbox-folder").queryAs(Label.class).getText());

        robot.clickOn("scan-0001.png").type(KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#signatory-name").tryQuery().isPresent());
        window.fill("#signatory-name", "Grace Okafor");
        window.fill("#date-signed", "12/11/2026");
        window.fill("#organisation", "Thornby Community Larder");
        window.fill("#postcode", "LE3 9EF");
        robot.clickOn("#save");

        window.waitUntil(() -> waiting.getItems().isEmpty());
        assertEquals(1, window.services().register().count());
        Signatory saved = window.services().register().find(1).orElseThrow();
        assertEquals("Thornby Community Larder", saved.organisation());
        assertEquals("Filed scan-0001.png with Thornby Community Larder (" + saved.reference()
                + ") and moved it to Done.", robot.lookup("#inbox-notice").queryAs(Label.class).getText());

        List<ScanListing> kept = new ScanService(window.services()).list(saved.id());
        assertEquals(1, kept.size());
        assertEquals("scan-0001.png", kept.get(0).scan().fileName());
        Path copy = window.folder().resolve("kept copy.png");
        new ScanService(window.services()).saveCopy(kept.get(0).scan(), copy);
        assertArrayEquals(scanned, Files.readAllBytes(copy), "the scan is kept as it was scanned");

        assertFalse(Files.exists(inbox.resolve("scan-0001.png")), "the scan left the inbox folder");
        assertArrayEquals(scanned, Files.readAllBytes(inbox.resolve(ScanInbox.DONE_FOLDER).resolve("scan-0001.png")));
        assertTrue(robot.lookup("#signatory-name").tryQuery().isEmpty(), "the form closed on save");
    }
}
