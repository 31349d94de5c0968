package org.compactregister.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.compactregister.model.ScanMediaType;
import org.compactregister.scan.ScanFiles;
import org.compactregister.scan.InboxFile;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanRenderer;
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
