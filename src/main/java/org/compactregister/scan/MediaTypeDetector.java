package org.compactregister.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.compactregister.model.ScanMediaType;

/** Tells what a file is from its first bytes (its "magic number"), whatever its name says. */
public final class MediaTypeDetector {

    /** Why an empty file is refused, for a refusal that names the file (a scan still being saved, a failed copy). */
    public static final String EMPTY_FILE = "it is empty (0 bytes): the scan may not have finished saving, or the copy "
            + "failed. Scan or copy it again.";
    /** Why a file of no scan kind is refused, for a refusal that names the file; the caller adds what to do. */
    public static final String NOT_A_SCAN = "it is not a " + ScanMediaType.NAMES + " file, whatever its name says.";

    /** PDF readers accept the header anywhere in the first 1024 bytes; so do we. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] TIFF_INTEL = {'I', 'I', 42, 0};
    private static final byte[] TIFF_MOTOROLA = {'M', 'M', 0, 42};
    private static final byte[] BIGTIFF_INTEL = {'I', 'I', 43, 0};
    private static final byte[] BIGTIFF_MOTOROLA = {'M', 'M', 0, 43};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF87A = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89A = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BMP = "BM".getBytes(StandardCharsets.US_ASCII);
    /** Where a BMP's picture header starts: after the 14-byte file header, with its own size first. */
    private static final int BMP_DIB_HEADER = 14;
    /**
     * The sizes a BMP's picture header has: OS/2 1.x (12), Windows 3 (40), its two extensions with
     * colour masks (52, 56), Windows 95 (108) and Windows 98 (124); not OS/2 2.x (64), which the JDK's reader does not read.
     */
    private static final Set<Integer> BMP_DIB_HEADER_SIZES = Set.of(12, 40, 52, 56, 108, 124);

    private MediaTypeDetector() {
    }

    public static Optional<ScanMediaType> detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in.readNBytes(PDF_HEADER_WINDOW));
        }
    }

    /**
     * What {@code head} (a file's first bytes, up to 1024 of them) is the start of; empty for
     * anything that is not a scan kind (an empty file among them).
     */
    public static Optional<ScanMediaType> detect(byte[] head) {
        if (startsWith(head, PNG)) {
            return Optional.of(ScanMediaType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(ScanMediaType.JPEG);
        }
        if (startsWith(head, TIFF_INTEL) || startsWith(head, TIFF_MOTOROLA)
                || startsWith(head, BIGTIFF_INTEL) || startsWith(head, BIGTIFF_MOTOROLA)) {
            return Optional.of(ScanMediaType.TIFF);
        }
        if (startsWith(head, RIFF) && head.length >= 12 && Arrays.equals(head, 8, 12, WEBP, 0, 4)) {
            return Optional.of(ScanMediaType.WEBP);
        }
        if (startsWith(head, GIF87A) || startsWith(head, GIF89A)) {
            return Optional.of(ScanMediaType.GIF);
        }
        if (isBmp(head)) {
            return Optional.of(ScanMediaType.BMP);
        }
        if (indexOf(head, PDF) >= 0) {
            return Optional.of(ScanMediaType.PDF);
        }
        return Optional.empty();
    }

    /**
     * A picture format the register recognises but cannot read (a phone's HEIC or AVIF photo), from
     * the first bytes of {@code file}; empty for anything else.
     */
    public static Optional<UnreadablePhoto> unreadablePhoto(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return UnreadablePhoto.recognise(in.readNBytes(PDF_HEADER_WINDOW));
        }
    }

    /**
     * "BM" alone is too weak (a text file may begin so): a BMP's picture header then starts with its
     * size, little-endian, which is one of the few sizes the format has.
     */
    private static boolean isBmp(byte[] head) {
        if (!startsWith(head, BMP) || head.length < BMP_DIB_HEADER + 4) {
            return false;
        }
        int size = (head[BMP_DIB_HEADER] & 0xFF) | (head[BMP_DIB_HEADER + 1] & 0xFF) << 8
                | (head[BMP_DIB_HEADER + 2] & 0xFF) << 16 | (head[BMP_DIB_HEADER + 3] & 0xFF) << 24;
        return BMP_DIB_HEADER_SIZES.contains(size);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    static int indexOf(byte[] data, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= data.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
