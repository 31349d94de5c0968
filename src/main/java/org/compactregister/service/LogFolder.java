package org.compactregister.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the folder for the log before anything logs: the first of the candidates this user may
 * write, handed to the logging configuration as the {@code compact.register.logs} system property.
 * On a computer where none can be written the app runs without a log and says nothing about it:
 * logging never shows its own messages to the user.
 */
public final class LogFolder {

    /** The system property the logging configuration reads the folder from. */
    public static final String PROPERTY = "compact.register.logs";

    private LogFolder() {
    }

    /**
     * The folders to try, best first: one named by the {@code compact.register.logs} property,
     * {@code logs} beside the default register, {@code logs} in the system's folder for program
     * data, and a folder of this user's in the system's temporary folder.
     */
    public static List<Path> candidates(Path defaultRegister, AppFolders folders) {
        List<Path> candidates = new ArrayList<>();
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            candidates.add(Path.of(named));
        }
        Path registerFolder = defaultRegister == null ? null : defaultRegister.toAbsolutePath().getParent();
        if (registerFolder != null) {
            candidates.add(registerFolder.resolve("logs"));
        }
        candidates.add(folders.dataFolder().resolve("logs"));
        candidates.add(Path.of(System.getProperty("java.io.tmpdir"),
                "compact-register-" + System.getProperty("user.name", "user"), "logs"));
        return candidates.stream().distinct().toList();
    }

    /**
     * Picks the first of {@code candidates} that can be made and written, and sets the property to
     * it; empty when none can (the property then names none).
     */
    public static Optional<Path> choose(List<Path> candidates) {
        for (Path folder : candidates) {
            if (writable(folder)) {
                System.setProperty(PROPERTY, folder.toAbsolutePath().toString());
                return Optional.of(folder.toAbsolutePath());
            }
        }
        System.clearProperty(PROPERTY);
        return Optional.empty();
    }

    /** The chosen folder, if there is one. */
    public static Optional<Path> current() {
        String folder = System.getProperty(PROPERTY);
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    /** Where the details of a failure are, as words to end a message: "(details are in the log: …)". */
    public static String pointer() {
        return current().map(folder -> "details are in the log: " + folder.resolve("compact-register.log"))
                .orElse("no log could be written on this computer");
    }

    /** Whether the folder exists or can be made, and a file can be written in it. */
    static boolean writable(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }
}
