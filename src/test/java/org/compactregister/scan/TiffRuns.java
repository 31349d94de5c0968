package org.compactregister.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * TIFF files built byte by byte, as scanners write a run: each page's pixels (uncompressed, one
 * strip; 8-bit grey, or 1 bit a pixel for a black-and-white picture) then its directory, which points
 * on to the next page's. Classic TIFF or BigTIFF, in either byte order; a page may carry a
 * resolution and a NewSubfileType (1: a reduced-resolution preview).
 */
public final class TiffRuns {

    /** One picture of the file: {@code dpi} 0 writes no resolution tags. */
    public record Page(BufferedImage picture, int subfileType, int dpi) {

        public static Page of(BufferedImage picture, int dpi) {
            return new Page(picture, 0, dpi);
        }
    }

    /** Where a written page's pieces lie in the file (byte offsets). */
    public record Written(Path file, List<Long> pixelsAt, List<Long> directoryAt) {
    }

    private TiffRuns() {
    }

    /** Writes {@code pages} to {@code file}. */
    public static Written write(Path file, List<Page> pages, ByteOrder order, boolean big) {
        int offsetSize = big ? 8 : 4;
        ByteBuffer out = ByteBuffer.allocate(size(pages, big)).order(order);
        out.put((byte) (order == ByteOrder.BIG_ENDIAN ? 'M' : 'I')).put(out.get(0));
        out.putShort((short) (big ? 43 : 42));
        if (big) {
            out.putShort((short) 8).putShort((short) 0);
        }
        int nextPointer = out.position();
        offset(out, 0, big);
        List<Long> pixelsAt = new ArrayList<>();
        List<Long> directoryAt = new ArrayList<>();
        for (Page page : pages) {
            byte[] pixels = pixels(page.picture());
            int pixelStart = out.position();
            out.put(pixels);
            pixelsAt.add((long) pixelStart);
            int resolutionAt = out.position();
            if (page.dpi() > 0) {
                out.putInt(page.dpi()).putInt(1);
            }
            while (out.position() % 2 != 0) {
                out.put((byte) 0);
            }
            int directory = out.position();
            directoryAt.add((long) directory);
            out.position(nextPointer);
            offset(out, directory, big);
            out.position(directory);
            boolean bilevel = page.picture().getType() == BufferedImage.TYPE_BYTE_BINARY;
            List<long[]> entries = new ArrayList<>(List.of(
                    new long[] {254, 4, page.subfileType()}, new long[] {256, 4, page.picture().getWidth()},
                    new long[] {257, 4, page.picture().getHeight()}, new long[] {258, 3, bilevel ? 1 : 8},
                    new long[] {259, 3, 1}, new long[] {262, 3, 1}, new long[] {273, big ? 16 : 4, pixelStart},
                    new long[] {277, 3, 1}, new long[] {278, 4, page.picture().getHeight()},
                    new long[] {279, big ? 16 : 4, pixels.length}));
            if (page.dpi() > 0) {
                entries.add(new long[] {282, 5, resolutionAt, page.dpi()});
                entries.add(new long[] {283, 5, resolutionAt, page.dpi()});
                entries.add(new long[] {296, 3, 2});
            }
            if (big) {
                out.putLong(entries.size());
            } else {
                out.putShort((short) entries.size());
            }
            for (long[] entry : entries) {
                out.putShort((short) entry[0]).putShort((short) entry[1]);
                offset(out, 1, big);
                int field = out.position();
                switch ((int) entry[1]) {
                    case 3 -> out.putShort((short) entry[2]);
                    case 4 -> out.putInt((int) entry[2]);
                    case 16 -> out.putLong(entry[2]);
                    default -> {
                        if (big) {
                            out.putInt((int) entry[3]).putInt(1); // a rational fits in BigTIFF's field
                        } else {
                            out.putInt((int) entry[2]); // kept before the directory
                        }
                    }
                }
                out.position(field + offsetSize);
            }
            nextPointer = out.position();
            offset(out, 0, big);
        }
        try {
            Files.write(file, Arrays.copyOf(out.array(), out.position()));
            return new Written(file, pixelsAt, directoryAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A classic little-endian TIFF of {@code pages}. */
    public static Path write(Path file, List<Page> pages) {
        return write(file, pages, ByteOrder.LITTLE_ENDIAN, false).file();
    }

    /** The picture in black and white (a scanner's 1-bit page): dark pixels black, the rest white. */
    public static BufferedImage blackAndWhite(BufferedImage picture) {
        BufferedImage out = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        var g = out.createGraphics();
        g.drawImage(picture, 0, 0, null);
        g.dispose();
        return out;
    }

    private static void offset(ByteBuffer out, long value, boolean big) {
        if (big) {
            out.putLong(value);
        } else {
            out.putInt((int) value);
        }
    }

    /** 8-bit grey (0 black), or 1 bit a pixel (0 black), rows packed to whole bytes. */
    private static byte[] pixels(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        boolean bilevel = picture.getType() == BufferedImage.TYPE_BYTE_BINARY;
        int row = bilevel ? (w + 7) / 8 : w;
        byte[] out = new byte[row * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = picture.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) * 30 + (rgb >> 8 & 0xFF) * 59 + (rgb & 0xFF) * 11) / 100;
                if (!bilevel) {
                    out[y * row + x] = (byte) grey;
                } else if (grey >= 128) {
                    out[y * row + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return out;
    }

    private static int size(List<Page> pages, boolean big) {
        int size = 16;
        for (Page page : pages) {
            size += pixels(page.picture()).length + 8 + 1 + (big ? 8 + 13 * 20 + 8 : 2 + 13 * 12 + 4);
        }
        return size;
    }
}
