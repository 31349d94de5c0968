package org.compactregister.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Pictures stored sideways with an orientation tag, as phones and some scanners write them, built
 * byte by byte here: a JPEG with an EXIF segment, a WebP with an EXIF chunk, and a TIFF whose pages
 * each carry their own tag. Each stored picture is {@value #WIDTH} × {@value #HEIGHT} with a red
 * block in its stored top-left corner and a blue block in its stored top-right corner.
 */
final class OrientedPictures {

    static final int WIDTH = 120;
    static final int HEIGHT = 80;
    static final int BLOCK = 20;
    private static final int ORIENTATION_TAG = 0x0112;

    private OrientedPictures() {
    }

    /** The stored picture: red block top-left, blue block top-right, white elsewhere. */
    static BufferedImage stored() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.RED);
        g.fillRect(0, 0, BLOCK, BLOCK);
        g.setColor(Color.BLUE);
        g.fillRect(WIDTH - BLOCK, 0, BLOCK, BLOCK);
        g.dispose();
        return image;
    }

    /** A JPEG of the stored picture with an EXIF segment saying {@code orientation} (1 to 8). */
    static Path jpeg(Path file, int orientation) {
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(stored(), "jpeg", plain);
            byte[] jpeg = plain.toByteArray();
            byte[] exif = exifSegment(orientation);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2);
            out.write(0xFF);
            out.write(0xE1);
            out.write((exif.length + 2) >>> 8);
            out.write((exif.length + 2) & 0xFF);
            out.writeBytes(exif);
            out.write(jpeg, 2, jpeg.length - 2);
            return Files.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lossless WebP of the stored picture (made with ImageMagick, test resource
     * webp/stored-120x80.webp) in the extended form with an EXIF chunk saying {@code orientation}.
     */
    static Path webp(Path file, int orientation) {
        byte[] simple = resource("/webp/stored-120x80.webp");
        byte[] image = Arrays.copyOfRange(simple, 12, simple.length);
        ByteBuffer header = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 0x08).put((byte) 0).put((byte) 0).put((byte) 0);
        header.put((byte) (WIDTH - 1)).put((byte) 0).put((byte) 0);
        header.put((byte) (HEIGHT - 1)).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        chunk(chunks, "VP8X", header.array());
        chunks.writeBytes(image);
        chunk(chunks, "EXIF", tiffWithOrientation(orientation));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(littleEndian(4 + chunks.size()));
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(chunks.toByteArray());
        try {
            return Files.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An uncompressed RGB TIFF with one page for each orientation given, each page the stored
     * picture with its own orientation tag (written big-endian, strips of 32 rows, the last shorter).
     */
    static Path tiff(Path file, List<Integer> orientations) {
        int rowsPerStrip = 32;
        int strips = (HEIGHT + rowsPerStrip - 1) / rowsPerStrip;
        byte[] pixels = rgb(stored());
        int entries = 11;
        int ifdSize = 2 + entries * 12 + 4;
        int extras = 6 + strips * 4 * 2;
        int pageSize = ifdSize + extras + pixels.length;
        ByteBuffer out = ByteBuffer.allocate(8 + pageSize * orientations.size()).order(ByteOrder.BIG_ENDIAN);
        out.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        for (int page = 0; page < orientations.size(); page++) {
            int ifd = 8 + page * pageSize;
            int bits = ifd + ifdSize;
            int offsets = bits + 6;
            int counts = offsets + strips * 4;
            int data = counts + strips * 4;
            out.position(ifd);
            out.putShort((short) entries);
            entry(out, 256, 3, 1, WIDTH << 16);
            entry(out, 257, 3, 1, HEIGHT << 16);
            entry(out, 258, 3, 3, bits);
            entry(out, 259, 3, 1, 1 << 16);
            entry(out, 262, 3, 1, 2 << 16);
            entry(out, 273, 4, strips, offsets);
            entry(out, ORIENTATION_TAG, 3, 1, orientations.get(page) << 16);
            entry(out, 277, 3, 1, 3 << 16);
            entry(out, 278, 3, 1, rowsPerStrip << 16);
            entry(out, 279, 4, strips, counts);
            entry(out, 284, 3, 1, 1 << 16);
            out.putInt(page + 1 < orientations.size() ? ifd + pageSize : 0);
            out.putShort((short) 8).putShort((short) 8).putShort((short) 8);
            int rowBytes = WIDTH * 3;
            for (int strip = 0; strip < strips; strip++) {
                out.putInt(data + strip * rowsPerStrip * rowBytes);
            }
            for (int strip = 0; strip < strips; strip++) {
                out.putInt(Math.min(rowsPerStrip, HEIGHT - strip * rowsPerStrip) * rowBytes);
            }
            out.put(pixels);
        }
        try {
            return Files.write(file, out.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Exif\0\0" and a TIFF structure with one IFD holding the orientation tag. */
    private static byte[] exifSegment(int orientation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiffWithOrientation(orientation));
        return out.toByteArray();
    }

    private static byte[] tiffWithOrientation(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        entry(tiff, ORIENTATION_TAG, 3, 1, orientation << 16);
        tiff.putInt(0);
        return tiff.array();
    }

    private static void entry(ByteBuffer out, int tag, int type, int count, int value) {
        out.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void chunk(ByteArrayOutputStream out, String fourCc, byte[] data) {
        out.writeBytes(fourCc.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(littleEndian(data.length));
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }

    private static byte[] littleEndian(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    private static byte[] rgb(BufferedImage image) {
        byte[] out = new byte[image.getWidth() * image.getHeight() * 3];
        int i = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                out[i++] = (byte) (rgb >> 16);
                out[i++] = (byte) (rgb >> 8);
                out[i++] = (byte) rgb;
            }
        }
        return out;
    }

    static byte[] resource(String name) {
        try (InputStream in = OrientedPictures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
