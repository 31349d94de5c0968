package org.compactregister.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.FileSystems;
import java.util.Locale;
import org.compactregister.model.Scan;

/** Where a kept scan is written out for drawing or for the system's viewer: a private temporary file. */
final class TemporaryScanFile {

    private TemporaryScanFile() {
    }

    static Path create(Scan scan) throws IOException {
        String safeName = scan.fileName().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        if (!safeName.toLowerCase(Locale.ROOT).endsWith("." + scan.mediaType().extension())) {
            safeName = safeName + "." + scan.mediaType().extension();
        }
        Path folder = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempDirectory("compact-register-scan-",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory("compact-register-scan-");
        Path file = folder.resolve(safeName);
        folder.toFile().deleteOnExit();
        file.toFile().deleteOnExit();
        return file;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException ignored) {
            // left for deleteOnExit
        }
    }
}
