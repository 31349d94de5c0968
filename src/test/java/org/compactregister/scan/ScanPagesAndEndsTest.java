package org.compactregister.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.compactregister.model.ScanMediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many pages a scan has, and whether it is all there: a TIFF cut short (a scanner still writing
 * its run) is refused as incomplete, not taken as fewer pages; a TIFF's preview picture is no page;
 * a JPEG with a second picture appended (a phone's gain map) and an animated WebP are one page; a
 * PDF padded after its end marker is complete, one cut short is not.
 */
class ScanPagesAndEndsTest {

    private static final long LIMIT = 50L * 1024 * 1024;
    private static final String TIFF_INCOMPLETE = "the TIFF image is incomplete: it stops before the end of its pages "
            + "(perhaps it was still being scanned or copied). Scan or copy it again.";

    @TempDir
    Path dir;

    private static List<TiffRuns.Page> threePages() {
        return List.of(TiffRuns.Page.of(ScanFiles.page(200, 280, "Form 1"), 100),
                TiffRuns.Page.of(ScanFiles.page(200, 280, "Form 2"), 100),
                TiffRuns.Page.of(ScanFiles.page(280, 200, "Form 3"), 100));
    }

    @ParameterizedTest(name = "big-endian {0}, BigTIFF {1}")
    @CsvSource({"false,false", "true,false", "false,true", "true,true"})
    void aTiffRunCutShortIsRefusedAsIncompleteNotTakenAsFewerPages(boolean bigEndian, boolean bigTiff) throws IOException {
        ByteOrder order = bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        TiffRuns.Written whole = TiffRuns.write(dir.resolve("run.tif"), threePages(), order, bigTiff);
        assertEquals(3, ScanInspector.check(whole.file(), LIMIT).pageCount());
        assertTrue(ScanInspector.incomplete(whole.file(), ScanMediaType.TIFF).isEmpty());

        long lastPixels = whole.pixelsAt().get(2);
        long lastDirectory = whole.directoryAt().get(2);
        for (long keep : List.of(lastPixels + 100, lastDirectory + 6, lastDirectory - 1, whole.directoryAt().get(1) + 30)) {
            Path cut = ScanFiles.cut(whole.file(), dir.resolve("cut-" + keep + ".tif"), (int) keep);
            ScanRefusedException refused = assertThrows(ScanRefusedException.class, () -> ScanInspector.check(cut, LIMIT));
            assertEquals(TIFF_INCOMPLETE, refused.reason(), "cut at " + keep);
            assertThrows(EOFException.class, () -> ScanRenderer.open(cut, ScanMediaType.TIFF), "the viewer too");
        }
    }

    @Test
    void aTiffWhosePixelsRunPastItsEndIsRefusedThoughItsDirectoriesAreThere() throws IOException {
        // pages written directory first, pixels after: cut in the last page's pixels
        Path whole = OrientedPictures.tiff(dir.resolve("whole.tif"), List.of(1, 1));
        Path cut = ScanFiles.cut(whole, dir.resolve("cut.tif"), (int) Files.size(whole) - 500);
        assertEquals(2, ScanInspector.check(whole, LIMIT).pageCount());
        assertEquals(TIFF_INCOMPLETE, assertThrows(ScanRefusedException.class, () -> ScanInspector.check(cut, LIMIT)).reason());
    }

    @Test
    void aTiffsReducedResolutionPreviewIsNoPage() throws IOException {
        Path file = TiffRuns.write(dir.resolve("with preview.tif"), List.of(
                TiffRuns.Page.of(ScanFiles.page(300, 420, "Form"), 100),
                new TiffRuns.Page(ScanFiles.page(30, 42, "p"), 1, 10),
                TiffRuns.Page.of(ScanFiles.page(420, 300, "Back"), 100)));

        assertEquals(2, ScanInspector.check(file, LIMIT).pageCount());
        try (ScanPages pages = ScanRenderer.open(file, ScanMediaType.TIFF)) {
            assertEquals(2, pages.pageCount());
            assertEquals(300, pages.naturalWidth(0));
            assertEquals(420, pages.naturalWidth(1), "the second page is the third picture, after the preview");
            assertEquals(300, pages.render(1, 1.0).getHeight());
        }
    }

    @Test
    void aJpegWithASecondPictureAppendedIsOnePage() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(ScanFiles.page(300, 420, "Photo"), "jpeg", bytes);
        ImageIO.write(ScanFiles.page(75, 105, "gain map"), "jpeg", bytes); // as Android's Ultra HDR appends it
        Path file = Files.write(dir.resolve("phone.jpg"), bytes.toByteArray());
        assertEquals(2, picturesReadBy(file, "jpeg"), "the JPEG reader finds both");

        CheckedScan scan = ScanInspector.check(file, LIMIT);

        assertEquals(1, scan.pageCount());
        try (ScanPages pages = ScanRenderer.open(file, ScanMediaType.JPEG)) {
            assertEquals(1, pages.pageCount());
            assertEquals(300, pages.naturalWidth(0));
        }
    }

    @Test
    void anAnimatedWebpIsItsFirstFrame() throws IOException {
        Path file = animatedWebp(dir.resolve("moving.webp"));
        assertEquals(2, picturesReadBy(file, "webp"), "the file holds two frames");

        assertEquals(1, ScanInspector.check(file, LIMIT).pageCount());
        try (ScanPages pages = ScanRenderer.open(file, ScanMediaType.WEBP)) {
            assertEquals(1, pages.pageCount());
            assertTrue(pages.render(0, 1.0).getWidth() >= OrientedPictures.WIDTH);
        }
    }

    @Test
    void aPdfPaddedAfterItsEndMarkerIsCompleteButOneCutShortStaysIncomplete() throws IOException {
        Path padded = ScanFiles.pdf(dir.resolve("padded.pdf"), 2);
        Files.write(padded, new byte[5000], StandardOpenOption.APPEND);
        Files.write(padded, " \r\n\t\f".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
        Files.write(padded, new byte[70_000], StandardOpenOption.APPEND);

        assertEquals(2, ScanInspector.check(padded, LIMIT).pageCount());

        Path cut = ScanFiles.truncatedPdf(dir.resolve("cut.pdf"));
        Files.write(cut, new byte[4096], StandardOpenOption.APPEND);
        assertTrue(assertThrows(ScanRefusedException.class, () -> ScanInspector.check(cut, LIMIT)).reason()
                .startsWith("the PDF is incomplete: it stops before the end of the document"));
    }

    /** How many pictures ImageIO's first reader for {@code format} counts in {@code file}. */
    private static int picturesReadBy(Path file, String format) throws IOException {
        var reader = ImageIO.getImageReadersByFormatName(format).next();
        try (var input = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(input);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }

    /**
     * An animated WebP of two frames of the stored picture (test resource webp/stored-120x80.webp,
     * lossless): VP8X saying animation, ANIM, then two ANMF frames, the second drawn at (20, 20).
     */
    private static Path animatedWebp(Path file) throws IOException {
        byte[] simple = OrientedPictures.resource("/webp/stored-120x80.webp");
        byte[] frame = Arrays.copyOfRange(simple, 12, simple.length); // the VP8L chunk, header and all
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 0x02).put(new byte[3]);
        header.put(uint24(OrientedPictures.WIDTH + 20 - 1)).put(uint24(OrientedPictures.HEIGHT + 20 - 1));
        chunk(chunks, "VP8X", header.array());
        chunk(chunks, "ANIM", new byte[] {-1, -1, -1, -1, 0, 0});
        for (int offset : new int[] {0, 10}) {
            ByteArrayOutputStream anmf = new ByteArrayOutputStream();
            anmf.writeBytes(uint24(offset));
            anmf.writeBytes(uint24(offset));
            anmf.writeBytes(uint24(OrientedPictures.WIDTH - 1));
            anmf.writeBytes(uint24(OrientedPictures.HEIGHT - 1));
            anmf.writeBytes(uint24(100));
            anmf.write(0);
            anmf.writeBytes(frame);
            chunk(chunks, "ANMF", anmf.toByteArray());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(4 + chunks.size()).array());
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(chunks.toByteArray());
        return Files.write(file, out.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream out, String fourCc, byte[] data) {
        out.writeBytes(fourCc.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
        out.writeBytes(data);
        if (data.length % 2 != 0) {
            out.write(0);
        }
    }

    private static byte[] uint24(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16)};
    }
}
