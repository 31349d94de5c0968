package org.compactregister.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.compactregister.model.ScanMediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BMP and GIF scans (Windows Fax and Scan, older scanner software) are told by their first bytes:
 * a GIF by its signature, a BMP by "BM" and a picture header size the format has, so a text file
 * that happens to start "BM" is not taken for one.
 */
class MediaTypeDetectorTest {

    @TempDir
    Path dir;

    @Test
    void bmpsAndGifsWrittenByImageIoAreToldWhateverTheirName() throws IOException {
        BufferedImage page = ScanFiles.page(600, 800, "Commitment form");
        BufferedImage grey = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(page, 0, 0, null);
        BufferedImage blackAndWhite = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_BINARY);
        blackAndWhite.getGraphics().drawImage(page, 0, 0, null);

        assertEquals(Optional.of(ScanMediaType.BMP), detect(write(page, "bmp", "colour.bmp")));
        assertEquals(Optional.of(ScanMediaType.BMP), detect(write(grey, "bmp", "grey.BMP")));
        assertEquals(Optional.of(ScanMediaType.BMP), detect(write(blackAndWhite, "bmp", "scan0001.pdf")));
        assertEquals(Optional.of(ScanMediaType.GIF), detect(write(page, "gif", "colour.gif")));
        assertEquals(Optional.of(ScanMediaType.GIF), detect(write(blackAndWhite, "gif", "fax.png")));
    }

    @Test
    void everyBmpPictureHeaderSizeIsABmpAndBothGifSignaturesAreGifs() {
        for (int size : new int[] {12, 40, 52, 56, 108, 124}) {
            assertEquals(Optional.of(ScanMediaType.BMP), MediaTypeDetector.detect(bmpHead(size)), "header size " + size);
        }
        assertEquals(Optional.of(ScanMediaType.GIF), MediaTypeDetector.detect(ascii("GIF87a\u0058\u0002\u0020\u0003")));
        assertEquals(Optional.of(ScanMediaType.GIF), MediaTypeDetector.detect(ascii("GIF89a\u0058\u0002\u0020\u0003")));
    }

    @Test
    void textStartingBmOrGifIsNoPicture() throws IOException {
        Path notes = Files.writeString(dir.resolve("BMW service.bmp"),
                "BMW service booking for the minibus, Tuesday 10am.\nPlease confirm.\n", StandardCharsets.UTF_8);
        Path gift = Files.writeString(dir.resolve("gift aid.gif"), "GIFT AID declaration notes\n", StandardCharsets.UTF_8);

        assertEquals(Optional.empty(), detect(notes));
        assertEquals(Optional.empty(), detect(gift));
        assertEquals(Optional.empty(), MediaTypeDetector.detect(bmpHead(41)), "no BMP header is 41 bytes");
        assertEquals(Optional.empty(), MediaTypeDetector.detect(bmpHead(64)), "OS/2 2.x: the JDK's reader reads none");
        assertEquals(Optional.empty(), MediaTypeDetector.detect(Arrays.copyOf(bmpHead(40), 17)), "cut before the size");
        assertEquals(Optional.empty(), MediaTypeDetector.detect(ascii("GIF88a")));
        assertEquals(Optional.empty(), MediaTypeDetector.detect(new byte[0]));
    }

    @Test
    void aBmpWhosePixelsHappenToSpellAPdfHeaderIsStillABmp() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(ScanFiles.page(40, 40, ""), "bmp", bytes);
        byte[] bmp = bytes.toByteArray();
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bmp, 100, 8);

        assertEquals(Optional.of(ScanMediaType.BMP), MediaTypeDetector.detect(bmp));
    }

    /** The 14-byte BMP file header, then a picture header that says it is {@code size} bytes. */
    private static byte[] bmpHead(int size) {
        byte[] head = new byte[64];
        head[0] = 'B';
        head[1] = 'M';
        head[2] = 64;
        head[10] = 54;
        head[14] = (byte) size;
        head[15] = (byte) (size >> 8);
        return head;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private Path write(BufferedImage image, String format, String name) throws IOException {
        Path file = dir.resolve(name);
        assertEquals(true, ImageIO.write(image, format, file.toFile()), "a writer for " + format);
        return file;
    }

    private static Optional<ScanMediaType> detect(Path file) throws IOException {
        return MediaTypeDetector.detect(file);
    }
}
