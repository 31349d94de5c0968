package org.compactregister.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.ScanMediaType;
import org.compactregister.scan.ScanFiles;
import org.compactregister.scan.InboxFile;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanRenderer;
import org.compactregister.service.RefusedException;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanViewerViewModelTest {

    @TempDir
    Path dir;

    @Test
    void pagesThroughAMultiPageTiffZoomingAndFittingTheWidth() {
        Path tiff = ScanFiles.multiPageTiff(dir.resolve("scan.tif"), 3);
        ScanViewerViewModel viewer = new ScanViewerViewModel(new SameThreadTaskExecutor(),
                progress -> ScanRenderer.open(tiff, ScanMediaType.TIFF));
        viewer.viewportWidthProperty().set(449);

        viewer.open();
        assertEquals("Page 1 of 3", viewer.pageLabelBinding().get());
        assertEquals(425, viewer.imageProperty().get().getWidth(), "fitted to the width, less the margin");

        viewer.nextPage();
        viewer.nextPage();
        viewer.nextPage();
        assertEquals("Page 3 of 3", viewer.pageLabelBinding().get());

        viewer.zoomTo(1);
        assertEquals(850, viewer.imageProperty().get().getWidth());
        viewer.zoomIn();
        assertEquals("125%", viewer.zoomLabelBinding().get());
        viewer.zoomOut();
        viewer.zoomOut();
        assertEquals("75%", viewer.zoomLabelBinding().get());
        assertEquals(638, viewer.imageProperty().get().getWidth());

        viewer.fitToWidth();
        assertTrue(viewer.fitWidthProperty().get());
        assertEquals(425, viewer.imageProperty().get().getWidth());
        viewer.firstPage();
        assertEquals(0, viewer.pageProperty().get());
        viewer.close();
    }

    @Test
    void aScanOpensTurnedAsItWasKeptAndEachTurnIsHandedOnToBeKept() {
        Path pdf = ScanFiles.pdf(dir.resolve("form.pdf"), 2);
        List<Integer> kept = new ArrayList<>();
        int[] refreshed = {0};
        ScanViewerViewModel viewer = new ScanViewerViewModel(new SameThreadTaskExecutor(),
                progress -> ScanRenderer.open(pdf, ScanMediaType.PDF), 90, kept::add, () -> refreshed[0]++);
        viewer.zoomTo(0.5);

        viewer.open();
        BufferedImage sideways = viewer.imageProperty().get();
        assertTrue(sideways.getWidth() > sideways.getHeight(), "an A4 page turned a quarter lies on its side");
        assertEquals(List.of(), kept, "opening keeps nothing");

        viewer.rotateRight();
        BufferedImage upsideDown = viewer.imageProperty().get();
        assertTrue(upsideDown.getHeight() > upsideDown.getWidth());
        assertEquals(180, viewer.rotationProperty().get());
        viewer.rotateLeft();
        viewer.rotateLeft();
        viewer.rotateLeft();
        assertEquals(270, viewer.rotationProperty().get());
        viewer.nextPage();
        assertTrue(viewer.imageProperty().get().getWidth() > viewer.imageProperty().get().getHeight(),
                "the next page is turned the same way");

        assertEquals(List.of(180, 90, 0, 270), kept);
        assertEquals(4, refreshed[0]);
        viewer.close();
    }

    @Test
    void aTurnThatCannotBeKeptIsSaidAndAWaitingFileTurnsWithoutKeeping() {
        Path pdf = ScanFiles.pdf(dir.resolve("form.pdf"), 1);
        ScanViewerViewModel kept = new ScanViewerViewModel(new SameThreadTaskExecutor(),
                progress -> ScanRenderer.open(pdf, ScanMediaType.PDF), 0,
                rotation -> { throw new RefusedException("\"form.pdf\" is no longer kept: someone else removed it."); },
                () -> { });
        kept.open();
        kept.rotateRight();
        assertEquals("The turn was not kept with the scan. \"form.pdf\" is no longer kept: someone else removed it.",
                kept.problemProperty().get());

        ScanViewerViewModel waiting = new ScanViewerViewModel(new SameThreadTaskExecutor(),
                progress -> ScanRenderer.open(pdf, ScanMediaType.PDF));
        waiting.open();
        waiting.rotateLeft();
        assertEquals(270, waiting.rotationProperty().get());
        assertTrue(waiting.imageProperty().get().getWidth() > waiting.imageProperty().get().getHeight());
        assertEquals("", waiting.problemProperty().get());
    }

    @Test
    void aFileThatCannotBeOpenedIsSaidPlainly() {
        Path text = ScanFiles.textNamedPdf(dir.resolve("letter.pdf"));
        ScanViewerViewModel viewer = new ScanViewerViewModel(new SameThreadTaskExecutor(),
                progress -> ScanInbox.openPages(new InboxFile(text, "letter.pdf", 35, java.time.Instant.EPOCH)));

        viewer.open();

        assertTrue(viewer.problemProperty().get().startsWith("\"letter.pdf\" cannot be shown: it is not a PDF"),
                viewer.problemProperty().get());
        assertNull(viewer.imageProperty().get());
        assertEquals(false, viewer.busyProperty().get());
    }
}
