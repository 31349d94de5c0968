package org.compactregister.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Writes a file whole or not at all, the one way every save and export in the register does it
 * (letters, lists, scans' copies, the statistics chart, the CSV export, the import report, backups).
 *
 * <p>The content goes to a new file with a unique hidden name beside the target
 * ({@code .NAME-RANDOM.part}, which the scan inbox ignores), is flushed to the disk, and is then
 * moved onto the target in one step where the file system allows it (a replacing move where it
 * does not). So the target is either the file that was there before, untouched, or the complete
 * new one; a reader never sees half a file. A missing folder is created (a file chooser always
 * names one that exists; on the command line {@code --out reports/2026/list.pdf} makes it). On
 * failure or cancel the partial file is deleted.
 */
public final class SafeFile {

    private static final String ADVICE = "Choose another folder, or check there is room on the disk.";
    private static final int LONGEST_NAME_KEPT = 100;
    private static final Random NAMES = new SecureRandom();

    /** Writes the content to a stream, which the caller need not close. */
    @FunctionalInterface
    public interface StreamWriting {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content to an existing, empty file named by its path (for writers that want a file, not a stream). */
    @FunctionalInterface
    public interface FileWriting {
        void writeTo(Path file) throws IOException;
    }

    private SafeFile() {
    }

    /**
     * Writes {@code target} with what {@code writing} puts in a stream. See {@link #writeAt} for
     * the parameters and what is thrown.
     */
    public static Path write(Path target, String what, StreamWriting writing) {
        return writeAt(target, what, partial -> {
            try (OutputStream out = Files.newOutputStream(partial)) {
                writing.writeTo(out);
            }
        });
    }

    /**
     * Writes {@code target} with what {@code writing} puts in the file it is given, then moves
     * that file into place.
     *
     * @param what the file in words, to begin a sentence: "The backup", "A copy of \"form.pdf\""
     * @return the target, as an absolute path
     * @throws RefusedException when it could not be written (an {@link IOException}, or an
     *         {@link UncheckedIOException} from {@code writing}): "The backup could not be written to
     *         /media/usb/backup.zip: the disk is full. Choose another folder, or check there is room on
     *         the disk." A file already at the target is left as it was.
     * @throws RuntimeException whatever else {@code writing} throws (a {@link CancelledException},
     *         a refusal of its own), passed on after the same clean-up
     */
    public static Path writeAt(Path target, String what, FileWriting writing) {
        Path absolute = target.toAbsolutePath();
        Path partial = null;
        boolean inPlace = false;
        try {
            Files.createDirectories(absolute.getParent());
            partial = createBeside(absolute);
            writing.writeTo(partial);
            try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            moveReplacing(partial, absolute);
            inPlace = true;
            return absolute;
        } catch (IOException e) {
            throw refusal(what, absolute, e);
        } catch (UncheckedIOException e) {
            throw refusal(what, absolute, e.getCause());
        } finally {
            if (!inPlace && partial != null) {
                deleteQuietly(partial);
            }
        }
    }

    /**
     * Moves {@code from} onto {@code to}, replacing any file there: in one step where the file
     * system allows it, otherwise by a replacing move.
     */
    public static void moveReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An empty new file beside {@code target}, under a name no other save is using. */
    private static Path createBeside(Path target) throws IOException {
        String name = target.getFileName().toString();
        String kept = name.length() > LONGEST_NAME_KEPT ? name.substring(0, LONGEST_NAME_KEPT) : name;
        while (true) {
            Path partial = target.resolveSibling("." + kept + "-" + Long.toUnsignedString(NAMES.nextLong(), 36)
                    + ".part");
            try {
                return Files.createFile(partial);
            } catch (FileAlreadyExistsException taken) {
                // another save chose the same name: draw again
            }
        }
    }

    private static RefusedException refusal(String what, Path target, IOException problem) {
        return new RefusedException(what + " could not be written to " + target + ": " + FileProblems.reason(problem)
                + ". " + ADVICE);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the first problem is the one to report
        }
    }
}
