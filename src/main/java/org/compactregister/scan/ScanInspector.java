package org.compactregister.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.compactregister.model.FileSize;
import org.compactregister.model.ScanMediaType;
import org.compactregister.service.FileProblems;

/**
 * Checks a file before it is kept as a scan: there, not empty, not too large, a PDF or an image
 * by its content, complete (a PDF to its end marker, a BMP to the length its header says, a TIFF to
 * its last page's pixels), readable
 * without a password, with at least one page, and every page drawn (a page that would show blank
 * is refused, named). Every refusal names the file and says why, in office staff's words.
 */
public final class ScanInspector {

    private static final int TAIL_WINDOW = 2048;
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private ScanInspector() {
    }

    /**
     * Checks {@code file}; {@code maxBytes} is the largest size the office allows.
     *
     * @throws ScanRefusedException when the file cannot be kept, saying why
     */
    public static CheckedScan check(Path file, long maxBytes) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size = sizeOf(file);
        if (size == 0) {
            throw new ScanRefusedException(name, MediaTypeDetector.EMPTY_FILE);
        }
        if (size > maxBytes) {
            throw new ScanRefusedException(name, "it is " + FileSize.describe(size) + ", larger than the limit of "
                    + FileSize.describe(maxBytes) + ". Scan it again at a lower resolution or in black and white, "
                    + "or raise the limit in the settings.");
        }
        try {
            ScanMediaType type = detect(file, name);
            Optional<String> incomplete = incomplete(file, type);
            if (incomplete.isPresent()) {
                throw new ScanRefusedException(name, incomplete.get());
            }
            PagesAndThumbnail inspected = inspect(file, type, name);
            return new CheckedScan(file, name, type, size, sha256(file), inspected.pages(), inspected.thumbnailPng());
        } catch (IOException e) {
            throw new ScanRefusedException(name, e instanceof FileSystemException
                    ? "the file could not be read (" + FileProblems.reason(e)
                            + "). Check that it is still there and that it is not open in another program."
                    : "the file seems to be damaged, so it cannot be read. Scan or copy it again.");
        }
    }

    private record PagesAndThumbnail(int pages, byte[] thumbnailPng) {
    }

    /** What the file is, by its first bytes; a phone's HEIC photo is named as such, with how to get a JPEG. */
    private static ScanMediaType detect(Path file, String name) throws IOException {
        var type = MediaTypeDetector.detect(file);
        if (type.isPresent()) {
            return type.get();
        }
        var photo = MediaTypeDetector.unreadablePhoto(file);
        if (photo.isPresent()) {
            throw new ScanRefusedException(name, photo.get().reason());
        }
        throw new ScanRefusedException(name, MediaTypeDetector.NOT_A_SCAN + " Scan the form as a PDF and try again.");
    }

    private static PagesAndThumbnail inspect(Path file, ScanMediaType type, String name) {
        int page = 0;
        try (ScanPages pages = ScanRenderer.open(file, type)) {
            if (pages.pageCount() < 1) {
                // a picture file always holds one (a GIF cut short before its first is read as none)
                throw type.isPdf() ? new ScanRefusedException(name, "it has no pages. Scan the form again.")
                        : damaged(name, type);
            }
            byte[] thumbnail = ScanRenderer.toPng(ScanRenderer.thumbnail(pages));
            for (page = 1; page < pages.pageCount(); page++) {
                pages.renderToWidth(page, ScanRenderer.THUMBNAIL_WIDTH);
            }
            if (pages instanceof ImagePages images && !images.warnings().isEmpty()) {
                throw damaged(name, type);
            }
            return new PagesAndThumbnail(pages.pageCount(), thumbnail);
        } catch (InvalidPasswordException e) {
            throw new ScanRefusedException(name, "the PDF is protected by a password, so it cannot be shown. "
                    + "Ask the sender for a copy without a password, or print it and scan the paper.");
        } catch (PageNotDrawnException e) {
            throw new ScanRefusedException(name, "page " + e.pageNumber() + " cannot be drawn: " + e.picture()
                    + " cannot be read (it is damaged, or coded in a way the register does not read), so the page "
                    + "would show blank. Scan the form again, or ask the sender for a new copy.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ScanRefusedException refused) {
                throw refused;
            }
            if (page > 0) {
                throw new ScanRefusedException(name, "page " + (page + 1) + " of the " + type.label() + " is damaged or "
                        + "incomplete, so it cannot be read. Scan or copy it again.");
            }
            throw damaged(name, type);
        }
    }

    private static ScanRefusedException damaged(String name, ScanMediaType type) {
        return new ScanRefusedException(name, "it looks like a " + type.label() + " but it is damaged or "
                + "incomplete, so it cannot be read. Scan or copy it again.");
    }

    private static long sizeOf(Path file) {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new ScanRefusedException(name, "it is a folder, not a file.");
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ScanRefusedException(name, "the file is not there any more, or this user may not read it.");
        }
    }

    /**
     * Why {@code file}, a scan of kind {@code type}, stops before its end (a scan still being saved,
     * a copy that failed part way): a PDF without its {@code %%EOF}, a BMP shorter than its header
     * says, a TIFF whose pages' directories or pixels lie beyond its end; empty when it does not.
     *
     * @throws IOException when the file cannot be read
     */
    public static Optional<String> incomplete(Path file, ScanMediaType type) throws IOException {
        if (type.isPdf() && !endsLikeAPdf(file)) {
            return Optional.of("the PDF is incomplete: it stops before the end of the document (perhaps it was "
                    + "still being scanned or copied). Scan or copy it again.");
        }
        if (type == ScanMediaType.BMP && BmpLength.cutShort(file)) {
            return Optional.of("the BMP image is incomplete: it stops before the end of the picture (perhaps it "
                    + "was still being saved or copied). Scan or copy it again.");
        }
        if (type == ScanMediaType.TIFF && TiffLayout.of(file).cutShort()) {
            return Optional.of("the TIFF image is incomplete: it stops before the end of its pages (perhaps it "
                    + "was still being scanned or copied). Scan or copy it again.");
        }
        return Optional.empty();
    }

    /**
     * A complete PDF ends with {@code %%EOF}, perhaps followed by a little more (a last line end),
     * and perhaps padded after that with zero bytes or white space (some scanners and copies fill up
     * to a whole block): the marker is looked for near the end of what comes before the padding.
     */
    private static boolean endsLikeAPdf(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long end = endBeforePadding(in);
            int window = (int) Math.min(TAIL_WINDOW, end);
            byte[] tail = new byte[window];
            in.seek(end - window);
            in.readFully(tail);
            return MediaTypeDetector.indexOf(tail, PDF_END) >= 0;
        }
    }

    /** Where the file's content ends, before any zero bytes and white space that pad it. */
    private static long endBeforePadding(RandomAccessFile in) throws IOException {
        byte[] block = new byte[64 * 1024];
        long end = in.length();
        while (end > 0) {
            int length = (int) Math.min(block.length, end);
            in.seek(end - length);
            in.readFully(block, 0, length);
            for (int i = length - 1; i >= 0; i--) {
                byte b = block[i];
                if (b != 0 && b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                    return end - length + i + 1;
                }
            }
            end -= length;
        }
        return 0;
    }

    /** The SHA-256 of the file's content, in lower-case hex, read in blocks. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-256", e);
        }
    }
}
