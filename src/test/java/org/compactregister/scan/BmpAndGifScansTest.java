package org.compactregister.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.compactregister.model.Scan;
import org.compactregister.model.ScanMediaType;
import org.compactregister.model.Signatory;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Windows Fax and Scan and older scanner software save: BMP and GIF scans are kept as the
 * bytes they came as and drawn pixel for pixel; an empty file (a scan still being saved, a failed
 * copy) is refused saying so, on attaching and in the inbox.
 */
class BmpAndGifScansTest {

    private static final int WIDTH = 850;
    private static final int HEIGHT = 1100;

    @TempDir
    Path dir;
    private Services services;
    private ScanService scans;
    private Signatory signatory;

    @BeforeEach
    void open() {
        services = ScanTestRegister.open(dir);
        scans = new ScanService(services);
        signatory = ScanTestRegister.addSignatory(services, 0);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aBmpAndAGifScanAreKeptAsTheyCameAndTheirPageReadsBackPixelForPixel() throws IOException {
        BufferedImage page = ScanFiles.page(WIDTH, HEIGHT, "Commitment form");
        Path bmp = write(page, "bmp", "Image (2).bmp");
        Path gif = write(page, "gif", "SCAN0007.GIF");

        AttachReport report = scans.attach(signatory.id(), List.of(bmp, gif), Progress.NONE);

        assertEquals(List.of(), report.refused());
        List<Scan> kept = report.attached();
        assertEquals(List.of(ScanMediaType.BMP, ScanMediaType.GIF), kept.stream().map(Scan::mediaType).toList());
        for (Scan scan : kept) {
            assertEquals(1, scan.pageCount());
            Path original = scan.mediaType() == ScanMediaType.BMP ? bmp : gif;
            assertEquals(Files.size(original), scan.sizeBytes());
            assertEquals(ScanInspector.sha256(original), scan.sha256(), "kept as the bytes it came as");
            try (ScanPages pages = scans.openPages(scan)) {
                assertEquals(1, pages.pageCount());
                assertEquals(WIDTH, pages.naturalWidth(0));
                assertEquals(HEIGHT, pages.naturalHeight(0));
                assertSamePixels(page, pages.render(0, 1.0), scan.fileName());
                BufferedImage half = pages.render(0, 0.5);
                assertEquals(WIDTH / 2, half.getWidth());
                assertEquals(HEIGHT / 2, half.getHeight());
            }
        }
        for (ScanListing listing : scans.list(signatory.id())) {
            assertTrue(OfficeScannerPdfsTest.darkShare(listing.thumbnail()) > 0.002,
                    listing.scan().fileName() + ": the thumbnail shows the form");
        }
    }

    @Test
    void greyAndBlackAndWhiteBmpsAreDrawnAsScanned() throws IOException {
        BufferedImage page = ScanFiles.page(WIDTH, HEIGHT, "Commitment form");
        BufferedImage blackAndWhite = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY);
        blackAndWhite.getGraphics().drawImage(page, 0, 0, null);
        BufferedImage grey = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(page, 0, 0, null);

        List<Scan> kept = scans.attach(signatory.id(), List.of(write(blackAndWhite, "bmp", "fax.bmp"),
                write(grey, "bmp", "grey.bmp")), Progress.NONE).attached();

        assertEquals(2, kept.size());
        try (ScanPages pages = scans.openPages(kept.get(0))) {
            assertSamePixels(blackAndWhite, pages.render(0, 1.0), "fax.bmp");
        }
        try (ScanPages pages = scans.openPages(kept.get(1))) {
            // the page is white and one grey, whose level the grey BMP keeps; (Java's getRGB of a grey
            // image would brighten it, taking the levels for linear light)
            assertSamePixels(page, pages.render(0, 1.0), "grey.bmp");
        }
    }

    @Test
    void anAnimatedGifIsOnePageItsFirstPicture() throws IOException {
        BufferedImage first = ScanFiles.page(400, 500, "Page one");
        Path gif = dir.resolve("animated.gif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(gif.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(first, null, null), null);
            writer.writeToSequence(new IIOImage(ScanFiles.page(40, 50, "x"), null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }

        Scan scan = scans.attachOne(signatory.id(), gif).attached().get(0);

        assertEquals(1, scan.pageCount());
        try (ScanPages pages = scans.openPages(scan)) {
            assertSamePixels(first, pages.render(0, 1.0), "animated.gif");
        }
    }

    @Test
    void aTextFileStartingBmNamedBmpIsRefusedAsNoScan() throws IOException {
        Path text = Files.writeString(dir.resolve("booking.bmp"), "BMW minibus booking, Tuesday 10am\n",
                StandardCharsets.UTF_8);

        ScanRefusedException refused = assertThrows(ScanRefusedException.class, () -> scans.attachOne(signatory.id(), text));

        assertEquals("it is not a PDF, PNG, JPEG, TIFF, WebP, BMP or GIF file, whatever its name says. "
                + "Scan the form as a PDF and try again.", refused.reason());
        assertEquals(0, scans.count(signatory.id()));
    }

    @Test
    void aBmpOrGifCutShortIsRefusedAsIncompleteOrDamaged() throws IOException {
        Path whole = write(ScanFiles.page(WIDTH, HEIGHT, "Commitment form"), "bmp", "whole.bmp");
        Path cut = ScanFiles.cut(whole, dir.resolve("cut.bmp"), (int) Files.size(whole) / 2);
        Path wholeGif = write(ScanFiles.page(WIDTH, HEIGHT, "Commitment form"), "gif", "whole.gif");
        Path cutGif = ScanFiles.cut(wholeGif, dir.resolve("cut.gif"), (int) Files.size(wholeGif) / 2);
        Path lastByteMissing = ScanFiles.cut(whole, dir.resolve("short.bmp"), (int) Files.size(whole) - 1);

        AttachReport report = scans.attach(signatory.id(), List.of(cut, cutGif, lastByteMissing), Progress.NONE);

        assertEquals(List.of("cut.bmp", "cut.gif", "short.bmp"),
                report.refused().stream().map(ScanRefusedException::fileName).toList());
        assertEquals("the BMP image is incomplete: it stops before the end of the picture (perhaps it was still being "
                + "saved or copied). Scan or copy it again.", report.refused().get(0).reason());
        assertTrue(report.refused().get(1).reason().startsWith("it looks like a GIF image but it is damaged or incomplete"),
                report.refused().get(1).reason());
        assertEquals(report.refused().get(0).reason(), report.refused().get(2).reason());
        assertEquals(0, scans.count(signatory.id()));
    }

    @Test
    void anEmptyFileIsRefusedSayingItIsEmptyWhenAttachedAndInTheInbox() throws IOException {
        Path empty = Files.createFile(dir.resolve("Image (3).bmp"));
        String why = "it is empty (0 bytes): the scan may not have finished saving, or the copy failed. "
                + "Scan or copy it again.";

        ScanRefusedException refused = assertThrows(ScanRefusedException.class,
                () -> scans.attachOne(signatory.id(), empty));
        RefusedException shown = assertThrows(RefusedException.class,
                () -> ScanInbox.openPages(new InboxFile(empty, "Image (3).bmp", 0, Instant.EPOCH)));

        assertEquals("\"Image (3).bmp\" was not attached: " + why, refused.getMessage());
        assertEquals("\"Image (3).bmp\" cannot be shown: " + why, shown.getMessage());
        assertEquals(0, scans.count(signatory.id()));
    }

    private Path write(BufferedImage image, String format, String name) throws IOException {
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(image, format, file.toFile()), "a writer for " + format);
        return file;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual, String what) {
        assertEquals(expected.getWidth(), actual.getWidth(), what);
        assertEquals(expected.getHeight(), actual.getHeight(), what);
        int[] wanted = expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0, expected.getWidth());
        int[] drawn = actual.getRGB(0, 0, actual.getWidth(), actual.getHeight(), null, 0, actual.getWidth());
        assertArrayEquals(wanted, drawn, what + ": drawn pixel for pixel as stored");
    }
}
