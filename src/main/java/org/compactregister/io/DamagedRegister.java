package org.compactregister.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.persistence.RegisterDatabase;
import org.compactregister.persistence.RegisterEncryption;
import org.compactregister.persistence.RegisterFiles;
import org.compactregister.persistence.RegisterRecovery;
import org.compactregister.service.FileProblems;
import org.compactregister.service.RefusedException;

/**
 * What can be done about a register file that H2 finds damaged, for the window and the command
 * line alike: recover what is readable in its place, or put the latest automatic backup (or a
 * chosen one) in its place. Either way the damaged file is kept beside it, renamed, unchanged.
 */
public final class DamagedRegister {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Path registerFile;
    private final RegisterPassword password;

    /** {@code registerFile}: the damaged register's {@code .mv.db} file (or its path without that ending). */
    public DamagedRegister(Path registerFile) {
        this(registerFile, null);
    }

    /**
     * As {@link #DamagedRegister(Path)}, for a register with a password: {@code password} (null when it
     * has none) opens the damaged file to recover it, and the backups of it, and the register put
     * back keeps it.
     */
    public DamagedRegister(Path registerFile, RegisterPassword password) {
        this.registerFile = RegisterFiles.withSuffix(registerFile.toAbsolutePath().normalize());
        this.password = password;
    }

    public Path file() {
        return registerFile;
    }

    /**
     * The newest automatic backup in the folder beside the register, checked to be a whole backup;
     * empty when there is none (or the newest is itself damaged).
     */
    public Optional<BackupSummary> latestBackup() {
        return AutomaticBackups.latestIn(AutomaticBackups.defaultFolderFor(registerFile)).flatMap(latest -> {
            try {
                return Optional.of(RegisterBackup.inspect(latest, password));
            } catch (RefusedException | RegisterPasswordException unusable) {
                return Optional.empty();
            }
        });
    }

    /**
     * Checks {@code backup} as {@link RegisterBackup#inspect(Path, RegisterPassword)} does, with the
     * register's password.
     */
    public BackupSummary inspect(Path backup) {
        return RegisterBackup.inspect(backup, password);
    }

    /**
     * Recovers what H2 can still read into the register's place (see {@link RegisterRecovery}).
     *
     * @throws org.compactregister.model.RegisterProblem when nothing could be recovered; nothing is changed then
     */
    public Recovered recover() {
        RegisterRecovery.Outcome outcome = RegisterRecovery.recover(registerFile, password);
        return new Recovered(outcome.register(), outcome.damagedCopy(), outcome.signatories(), outcome.scans(),
                outcome.lettersSent());
    }

    /**
     * Keeps the damaged file beside the register, renamed, and restores {@code backup} in its place.
     *
     * @return the backup restored, and where the damaged file was kept
     * @throws RefusedException when the backup is not a whole backup of the register; nothing is changed then
     */
    public Restored restore(Path backup) {
        RegisterBackup.inspect(backup, password);
        Path keptAs = registerFile.resolveSibling(RegisterFiles.baseName(registerFile) + "-damaged-"
                + STAMP.format(LocalDateTime.now()) + RegisterDatabase.FILE_SUFFIX);
        try {
            Files.move(registerFile, keptAs);
            RegisterEncryption.keepKeyFile(registerFile, keptAs);
        } catch (IOException e) {
            throw new RefusedException("The damaged register " + registerFile + " could not be set aside: "
                    + FileProblems.reason(e) + ". Nothing was changed.");
        }
        try {
            return new Restored(RegisterBackup.restore(registerFile, backup, password), keptAs);
        } catch (RuntimeException e) {
            try {
                Files.move(keptAs, registerFile);
            } catch (IOException stillAside) {
                e.addSuppressed(stillAside);
            }
            throw e;
        }
    }

    /** A backup put in place of a damaged register, and where the damaged file was kept. */
    public record Restored(BackupSummary backup, Path damagedCopy) {

        /** What happened, in a sentence or two for the window and the command line. */
        public String describe() {
            return "Restored " + RestoreWording.backupTaken(backup) + ". The damaged file is kept as " + damagedCopy + "."
                    + backup.erasedAgainNote();
        }
    }

    /**
     * What a recovery brought back into the register's place, and where the damaged file was kept.
     *
     * @param signatories signatories recovered
     * @param scans       scans recovered
     * @param lettersSent letters-sent records recovered
     */
    public record Recovered(Path register, Path damagedCopy, int signatories, int scans, int lettersSent) {

        /** What happened, in a sentence or two for the window and the command line. */
        public String describe() {
            return "Recovered " + RestoreWording.signatories(signatories) + ", " + scans
                    + (scans == 1 ? " scan" : " scans") + " and " + lettersSent
                    + (lettersSent == 1 ? " letter sent" : " letters sent") + " into " + register
                    + ". Anything saved in the damaged parts is missing: check the most recent forms against the "
                    + "paper. The damaged file is kept as " + damagedCopy + ".";
        }
    }
}
