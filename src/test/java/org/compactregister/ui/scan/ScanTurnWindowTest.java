package org.compactregister.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.compactregister.model.Signatory;
import org.compactregister.scan.FieldCases;
import org.compactregister.scan.ScanListing;
import org.compactregister.scan.ScanService;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real viewer: a sideways phone photo shows upright, is turned with the button, and opens turned next time. */
@ExtendWith(ApplicationExtension.class)
class ScanTurnWindowTest {

    @TempDir
    static Path dir;

    private Services services;
    private ScanService scans;
    private Signatory signatory;
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = ScanTestRegister.open(dir.resolve("turn-" + System.nanoTime()));
        scans = new ScanService(services);
        signatory = ScanTestRegister.addSignatory(services, 2);
        ScansPanel panel = new ScansPanel(new ScansPanelViewModel(scans, new SameThreadTaskExecutor(), dialogs,
                SystemViewer.desktop(), signatory));
        Scene scene = new Scene(new BorderPane(panel.root()), 380, 640);
        ScanStyles.addTo(scene);
        stage.setScene(scene);
        stage.show();
        panel.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aPhonePhotoShowsUprightAndATurnWithTheButtonIsKept(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("files-" + System.nanoTime()));
        dialogs.answerFile(FieldCases.copy("F11-phone-photo-exif-rotated.jpg", folder));
        robot.clickOn("#attach-scans");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<ScanListing> list = robot.lookup("#scans-list").queryListView();
        assertTrue(isPortrait(list.getItems().get(0).thumbnail().getWidth(), list.getItems().get(0).thumbnail().getHeight()),
                "the thumbnail stands upright");

        Image shown = openViewer(robot);
        assertTrue(isPortrait(shown.getWidth(), shown.getHeight()), "the viewer shows the photo upright");

        robot.clickOn("#scan-rotate-right");
        WaitForAsyncUtils.waitForFxEvents();
        Image turned = robot.lookup("#scan-page").queryAs(ImageView.class).getImage();
        assertTrue(turned.getWidth() > turned.getHeight(), "turned right, it lies on its side");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(90, scans.list(signatory.id()).get(0).scan().rotation(), "the turn is kept in the register");
        assertEquals(90, list.getItems().get(0).scan().rotation(), "the list was read again");
        assertTrue(!isPortrait(list.getItems().get(0).thumbnail().getWidth(), list.getItems().get(0).thumbnail().getHeight()),
                "and its thumbnail is turned too");

        Image again = openViewer(robot);
        assertTrue(again.getWidth() > again.getHeight(), "opened again, it is turned as it was left");
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, scans.list(signatory.id()).get(0).scan().rotation(), "L turned it back");
    }

    private static Image openViewer(FxRobot robot) throws Exception {
        robot.clickOn("F11-phone-photo-exif-rotated.jpg");
        robot.clickOn("#view-scan");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#scan-page").tryQuery()
                .map(node -> ((ImageView) node).getImage() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#scan-page").queryAs(ImageView.class).getImage();
    }

    private static boolean isPortrait(double width, double height) {
        return height > width;
    }
}
