package org.compactregister.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removing what a use case made for a while (a scratch register, a folder of them) once it is done
 * or has failed: a leftover does no harm, so a file that cannot be removed is passed over.
 */
public final class TemporaryFiles {

    private TemporaryFiles() {
    }

    /** Removes {@code file} if it is there; nothing happens when it cannot be removed. */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file does no harm
        }
    }

    /** Removes {@code folder} and everything under it, as far as it can; null or missing: nothing. */
    public static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(TemporaryFiles::deleteQuietly);
        } catch (IOException ignored) {
            // a leftover temporary folder does no harm
        }
    }
}
