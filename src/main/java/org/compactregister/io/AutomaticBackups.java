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
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.compactregister.service.Settings;

/**
 * The backup the app takes when it closes: into a chosen folder, keeping the newest few. Off until
 * a folder is chosen. Only files this class named are ever deleted.
 */
public final class AutomaticBackups {

    public static final String FOLDER_SETTING = "backup.folder";
    public static final String KEEP_SETTING = "backup.keep";
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

    /** The folder backups go to on exit; empty when automatic backups are off. */
    public Optional<Path> folder() {
        return settings.get(FOLDER_SETTING).filter(s -> !s.isBlank()).map(Path::of);
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
        settings.put(FOLDER_SETTING, folder == null ? null : folder.toAbsolutePath().toString());
        settings.put(KEEP_SETTING, Integer.toString(keep));
    }

    /** Takes the automatic backup when one is set up, then removes the oldest beyond {@link #keep()}. */
    public Optional<BackupSummary> runIfEnabled() {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        String stamp = STAMP.format(LocalDateTime.ofInstant(services.clock().instant(), ZoneId.systemDefault()));
        BackupSummary summary = new RegisterBackup(services).backUp(folder.get().resolve("register-backup-" + stamp
                + ".zip"));
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
