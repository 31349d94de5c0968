package org.compactregister.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a BMP holds all the picture its header promises. The JDK's BMP reader draws a file cut
 * short (a copy that failed part way) without complaint when it reads it subsampled, as for a
 * thumbnail, leaving the rest of the page blank; so, as a PDF must end with {@code %%EOF}, a BMP
 * must be as long as its header says.
 */
final class BmpLength {

    private static final int HEADERS = 54;
    private static final int OS2_HEADER = 12;
    /** Uncompressed pixels: plain, with colour masks (Windows 3 extensions), with an alpha mask too. */
    private static final int BI_RGB = 0;
    private static final int BI_BITFIELDS = 3;
    private static final int BI_ALPHABITFIELDS = 6;

    private BmpLength() {
    }

    /**
     * True when {@code file}, a BMP by its first bytes, is shorter than its header's picture offset
     * plus the picture's size (rows of {@code width × bits} rounded up to 4 bytes, times the height,
     * for uncompressed pixels; the header's image size for compressed ones).
     */
    static boolean cutShort(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADERS);
        }
        if (head.length < 26) {
            return true;
        }
        long pixelsAt = uint32(head, 10);
        long width;
        long height;
        int bits;
        int compression;
        long imageSize;
        if (uint32(head, 14) == OS2_HEADER) {
            width = uint16(head, 18);
            height = uint16(head, 20);
            bits = uint16(head, 24);
            compression = BI_RGB;
            imageSize = 0;
        } else {
            if (head.length < HEADERS) {
                return true;
            }
            width = Math.abs((long) int32(head, 18));
            height = Math.abs((long) int32(head, 22));
            bits = uint16(head, 28);
            compression = int32(head, 30);
            imageSize = uint32(head, 34);
        }
        boolean uncompressed = compression == BI_RGB || compression == BI_BITFIELDS || compression == BI_ALPHABITFIELDS;
        long pixelBytes = uncompressed ? (width * bits + 31) / 32 * 4 * height : imageSize;
        return Files.size(file) < pixelsAt + pixelBytes;
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return uint16(b, at) | uint16(b, at + 2) << 16;
    }

    private static long uint32(byte[] b, int at) {
        return int32(b, at) & 0xFFFFFFFFL;
    }
}
