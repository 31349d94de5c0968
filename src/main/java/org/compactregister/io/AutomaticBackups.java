package org.compactregister.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.compactregister.model.RegisterLocation;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.compactregister.service.Settings;

/**
 * The backup the app takes when it closes, keeping the newest few. On unless turned off: by
 * default into the folder {@value #DEFAULT_FOLDER_NAME} beside the register file, so that a damaged
 * register always has something to go back to (see {@link #latestIn}). Only files this class named
 * are ever deleted.
 */
public final class AutomaticBackups {

    public static final String FOLDER_SETTING = "backup.folder";
    public static final String KEEP_SETTING = "backup.keep";
    /** "false" when the office turned automatic backups off; they are on when it is missing. */
    public static final String ON_SETTING = "backup.on-close";
    /** The folder beside the register file that backups go to unless another is chosen. */
    public static final String DEFAULT_FOLDER_NAME = "backups";
    public static final int DEFAULT_KEEP = 10;
    public static final int MAX_KEEP = 365;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern OURS = Pattern.compile("register-backup-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.zip");

    private final Services services;
    private final Settings settings;

    public AutomaticBackups(Services services) {
        this.services = services;
        this.settings = services.settings();
    }

    /**
     * The folder backups go to on exit; empty when automatic backups are turned off, and for a
     * shared register on a server (which is backed up on the server, not by each PC that closes it).
     */
    public Optional<Path> folder() {
        if (!(services.location() instanceof RegisterLocation.H2File)) {
            return Optional.empty();
        }
        if (settings.get(ON_SETTING).map(String::strip).filter("false"::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(settings.get(FOLDER_SETTING).filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> defaultFolderFor(services.databaseFile())));
    }

    /** Where automatic backups of the register file {@code registerFile} go unless another folder is chosen. */
    public static Path defaultFolderFor(Path registerFile) {
        return registerFile.toAbsolutePath().resolveSibling(DEFAULT_FOLDER_NAME);
    }

    /** The newest automatic backup in {@code folder}, if there is one. */
    public static Optional<Path> latestIn(Path folder) {
        List<Path> backups = backupsIn(folder);
        return backups.isEmpty() ? Optional.empty() : Optional.of(backups.get(backups.size() - 1));
    }

    public int keep() {
        long keep = settings.getLong(KEEP_SETTING, DEFAULT_KEEP);
        return (int) Math.max(1, Math.min(MAX_KEEP, keep));
    }

    /** Turns automatic backups on into {@code folder} keeping the newest {@code keep}, or off when the folder is null. */
    public void configure(Path folder, int keep) {
        if (keep < 1 || keep > MAX_KEEP) {
            throw new RefusedException("Keep between 1 and " + MAX_KEEP + " automatic backups.");
        }
        if (folder != null) {
            settings.put(FOLDER_SETTING, folder.toAbsolutePath().toString());
        }
        settings.put(ON_SETTING, Boolean.toString(folder != null));
        settings.put(KEEP_SETTING, Integer.toString(keep));
    }

    /** Takes the automatic backup unless they are turned off, then removes the oldest beyond {@link #keep()}. */
    public Optional<BackupSummary> runIfEnabled() {
        return runIfEnabled(Progress.NONE);
    }

    /**
     * As {@link #runIfEnabled()}, telling {@code progress} how far the backup has got.
     *
     * @throws org.compactregister.service.CancelledException when {@code progress} was cancelled
     *         (the backup is skipped: no file is left, and no older backup is removed)
     */
    public Optional<BackupSummary> runIfEnabled(Progress progress) {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        String stamp = STAMP.format(LocalDateTime.ofInstant(services.clock().instant(), ZoneId.systemDefault()));
        BackupSummary summary = new RegisterBackup(services).backUp(folder.get().resolve("register-backup-" + stamp
                + ".zip"), progress);
        prune(folder.get(), keep());
        return Optional.of(summary);
    }

    /** The automatic backups in {@code folder}, oldest first. */
    public static List<Path> backupsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(f -> OURS.matcher(f.getFileName().toString()).matches())
                    .sorted()
                    .toList());
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    private static void prune(Path folder, int keep) {
        List<Path> backups = backupsIn(folder);
        for (int i = 0; i < backups.size() - keep; i++) {
            try {
                Files.deleteIfExists(backups.get(i));
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(AutomaticBackups.class)
                        .warn("Could not remove the old automatic backup {}", backups.get(i), e);
            }
        }
    }
}
