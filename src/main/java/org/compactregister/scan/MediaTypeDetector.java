package org.compactregister.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.compactregister.model.ScanMediaType;

/** Tells what a file is from its first bytes (its "magic number"), whatever its name says. */
public final class MediaTypeDetector {

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

    private MediaTypeDetector() {
    }

    public static Optional<ScanMediaType> detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in.readNBytes(PDF_HEADER_WINDOW));
        }
    }

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
