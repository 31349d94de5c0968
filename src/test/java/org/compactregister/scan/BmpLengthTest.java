package org.compactregister.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.bmp.BMPImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import org.compactregister.model.ScanMediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole BMP of every layout the JDK writes (bottom-up and top-down rows, uncompressed, with colour
 * masks, run-length encoded) is taken, and the same file one byte short is not: neither when it is
 * checked nor when its pages are opened (the JDK's reader would draw it subsampled without
 * complaint, the rest of the page blank).
 */
class BmpLengthTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} bits, {1}, top-down {2}")
    @CsvSource({
        "24, BI_RGB, false", "24, BI_RGB, true",
        "8, BI_RGB, false", "8, BI_RLE8, false",
        "4, BI_RLE4, false", "1, BI_RGB, false",
        "16, BI_BITFIELDS, false", "16, BI_BITFIELDS, true"})
    void aWholeBmpIsTakenAndOneAByteShortIsNot(int bits, String compression, boolean topDown) throws IOException {
        Path whole = write(page(bits), compression, topDown, dir.resolve("whole.bmp"));
        byte[] bytes = Files.readAllBytes(whole);
        Path short1 = Files.write(dir.resolve("short.bmp"), Arrays.copyOf(bytes, bytes.length - 1));

        assertFalse(BmpLength.cutShort(whole), "the whole file");
        try (ScanPages pages = ScanRenderer.open(whole, ScanMediaType.BMP)) {
            assertEquals(1, pages.pageCount());
            assertEquals(301, pages.renderToWidth(0, 301).getWidth());
        }
        assertTrue(BmpLength.cutShort(short1), "one byte short");
        assertThrows(EOFException.class, () -> ScanRenderer.open(short1, ScanMediaType.BMP).close());
    }

    /** A page of {@code bits} per pixel, with something drawn on it so that runs are not all one colour. */
    private static BufferedImage page(int bits) {
        int type = switch (bits) {
            case 1 -> BufferedImage.TYPE_BYTE_BINARY;
            case 4, 8 -> BufferedImage.TYPE_BYTE_INDEXED;
            case 16 -> BufferedImage.TYPE_USHORT_565_RGB;
            default -> BufferedImage.TYPE_INT_RGB;
        };
        BufferedImage image = bits == 4
                ? new BufferedImage(301, 203, BufferedImage.TYPE_BYTE_BINARY, fourBitColours())
                : new BufferedImage(301, 203, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 301, 203);
        g.setColor(Color.BLACK);
        g.drawString("Compact commitment form", 20, 40);
        g.fillRect(20, 80, 150, 30);
        g.dispose();
        return image;
    }

    private static java.awt.image.IndexColorModel fourBitColours() {
        byte[] levels = new byte[16];
        for (int i = 0; i < 16; i++) {
            levels[i] = (byte) (i * 17);
        }
        return new java.awt.image.IndexColorModel(4, 16, levels, levels, levels);
    }

    private static Path write(BufferedImage image, String compression, boolean topDown, Path file) throws IOException {
        // the JDK's own writer (jai-imageio's is on the class path too)
        ImageWriter writer = null;
        for (var writers = ImageIO.getImageWritersByFormatName("bmp"); writers.hasNext(); ) {
            ImageWriter candidate = writers.next();
            if (candidate.getDefaultWriteParam() instanceof BMPImageWriteParam) {
                writer = candidate;
            }
        }
        BMPImageWriteParam param = (BMPImageWriteParam) writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(compression);
        param.setTopDown(topDown);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
