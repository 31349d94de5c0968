package org.compactregister.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.model.RegisterProblem;
import org.compactregister.persistence.BackupCipher;
import org.compactregister.persistence.BackupStatements;
import org.compactregister.model.Engine;
import org.compactregister.persistence.ErasureRepository;
import org.compactregister.persistence.RegisterDatabase;
import org.compactregister.persistence.RegisterEncryption;
import org.compactregister.persistence.RegisterKey;
import org.compactregister.service.CancelledException;
import org.compactregister.service.ErasureService;
import org.compactregister.service.FileProblems;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.SafeFile;
import org.compactregister.service.Services;
import org.compactregister.service.TemporaryFiles;

/**
 * Backs the register up to one file, and puts a backup back. A backup is a zip holding H2's
 * consistent online copy of the register as a compressed SQL script ({@link BackupStatements}), so
 * signatories, settings and scans all travel together; backups made by earlier versions, holding
 * the database file itself, restore too. A restore never touches the current register until the backup
 * has been unpacked beside it and opened as a register; then the files are swapped, and the old
 * one is kept until the swap has succeeded.
 */
public final class RegisterBackup {

    private final Services services;

    public RegisterBackup(Services services) {
        this.services = services;
    }

    /**
     * Writes a backup of the open register to {@code out}, whole or not at all (see {@link SafeFile}).
     *
     * @throws RefusedException when it could not be written, saying why
     */
    public BackupSummary backUp(Path out) {
        return backUp(out, Progress.NONE);
    }

    /**
     * As {@link #backUp(Path)}, telling {@code progress} how many megabytes are written (the total is
     * not known beforehand: -1), and stopping when it is cancelled.
     *
     * @throws CancelledException when {@code progress} was cancelled; no file is left at {@code out}
     */
    public BackupSummary backUp(Path out, Progress progress) {
        AtomicInteger count = new AtomicInteger();
        Path target;
        if (services.database().engine() != Engine.H2) {
            // a register on a server: copied into a temporary H2 file, and that scripted, as below
            count.set(BackupThroughCopy.backUp(services.database(), out, progress));
            target = out;
            return summaryOf(target, count.get());
        }
        try {
            target = SafeFile.writeAt(out, "The backup", partial -> {
                count.set(BackupStatements.backUp(services.database(), partial,
                        bytes -> progress.update(bytes, -1, String.format(Locale.UK, "%.1f MB written", bytes / 1e6)),
                        progress::isCancelled));
                progress.finishing(); // the backup is whole: it is kept, and a Cancel now is refused
            });
        } catch (BackupStatements.BackupStoppedException e) {
            throw new CancelledException();
        }
        return summaryOf(target, count.get());
    }

    private static BackupSummary summaryOf(Path target, int count) {
        try {
            return new BackupSummary(target, Files.getLastModifiedTime(target).toInstant(), count);
        } catch (IOException e) {
            throw new RefusedException("The backup was written to " + target + ", but it could not be read back: "
                    + FileProblems.reason(e) + ".");
        }
    }

    /**
     * What a backup file holds, after checking that it is a complete backup of this app.
     *
     * @throws RefusedException when it is not a backup of the register, or is damaged or cut short
     * @throws RegisterPasswordException when it is the backup of a register with a password
     */
    public static BackupSummary inspect(Path backup) {
        return inspect(backup, null);
    }

    /**
     * As {@link #inspect(Path)}, with the password that opens the backup when it was made of a register
     * with a password ({@code null} or empty when not known).
     *
     * @throws RegisterPasswordException when the backup needs a password and {@code password} is
     *         missing or does not open it
     */
    public static BackupSummary inspect(Path backup, RegisterPassword password) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("compact-register-backup-check");
            Path unpacked = folder.resolve("check" + RegisterDatabase.FILE_SUFFIX);
            Unpacked made = unpack(backup, unpacked, password, null);
            int count = openAsRegister(backup, unpacked, made.key());
            return new BackupSummary(backup, made.takenAt(), count);
        } catch (IOException e) {
            throw new RefusedException("The backup " + backup + " could not be checked: " + FileProblems.reason(e));
        } finally {
            TemporaryFiles.deleteTree(folder);
        }
    }

    /** Whether {@code backup} was made of a register with a password (it restores only with that password). */
    public static boolean needsPassword(Path backup) {
        return BackupCipher.isEncrypted(backup);
    }

    /**
     * Replaces everything in the open register with the register held in {@code backup}, in one
     * transaction, and records the restore in its audit trail: the way a register on a server is
     * restored (its file cannot be swapped), from a backup taken on either engine. Signatories erased
     * in the register before, which the backup holds unerased, are erased again. When anything goes
     * wrong, or {@code progress} is cancelled, the register is left as it was. This program's search
     * and open windows, and on a server the other PCs', are told that everything changed.
     *
     * @throws RefusedException when {@code backup} is not a complete backup of the register
     * @throws CancelledException when cancelled
     */
    public BackupSummary restoreOver(Path backup, Progress progress) {
        BackupSummary inspected = inspect(backup);
        ErasureService erasures = new ErasureService(services);
        java.util.Set<Long> erasedBefore = erasures.erasedIds();
        int count = BackupThroughCopy.restore(services.database(), backup, inspected.takenAt(),
                services.audit().staff(), services.clock(), progress);
        List<String> again = new java.util.ArrayList<>();
        for (long id : new ErasureRepository(services.database().jdbi()).presentAndNotErased(erasedBefore)) {
            erasures.erase(id, "again after a restore (it had been erased after the backup was taken)");
            again.add(org.compactregister.model.Signatory.referenceOf(id));
        }
        java.time.Instant restoredAt = services.clock().instant();
        new org.compactregister.persistence.SignatoryRepository(services.database().jdbi())
                .everythingChanged(services.audit().staff().name(), restoredAt);
        services.changes().everythingChanged(services.audit().staff().name(), restoredAt);
        return new BackupSummary(backup, inspected.takenAt(), count, again);
    }

    /**
     * Replaces the register file {@code databaseFile} (which must be closed) with the register held
     * in {@code backup}. When anything goes wrong, the current register is left as it was.
     */
    public static BackupSummary restore(Path databaseFile, Path backup) {
        return restore(databaseFile, backup, null);
    }

    /**
     * As {@link #restore(Path, Path)}, where {@code password} is the register's password after the
     * restore ({@code null} for none): a backup made of a register with a password opens only with
     * that password, and the restored register keeps it; a backup without one is restored into a
     * register under {@code password}, so that a register with a password keeps it. The restore is
     * recorded in the restored register's audit trail, and erasures made since are made again.
     *
     * @throws RegisterPasswordException when the backup needs a password and {@code password} does
     *         not open it; the register is then left as it was
     */
    public static BackupSummary restore(Path databaseFile, Path backup, RegisterPassword password) {
        Path current = withSuffix(databaseFile.toAbsolutePath());
        String base = baseName(current);
        Path incoming = current.resolveSibling(base + "-restoring" + RegisterDatabase.FILE_SUFFIX);
        Path previous = current.resolveSibling(current.getFileName() + ".before-restore");
        try {
            Files.createDirectories(current.getParent());
            RegisterKey keyForPlain = password == null || password.isEmpty() ? null
                    : RegisterKey.forNewPassword(password);
            Unpacked made = unpack(backup, incoming, password, keyForPlain);
            int count = openAsRegister(backup, incoming, made.key());
            boolean hadCurrent = Files.exists(current);
            RegisterEncryption.expectKey(current, made.key());
            if (hadCurrent) {
                SafeFile.moveReplacing(current, previous);
            }
            try {
                SafeFile.moveReplacing(incoming, current);
            } catch (IOException e) {
                if (hadCurrent) {
                    SafeFile.moveReplacing(previous, current);
                }
                throw e;
            }
            RegisterEncryption.settleKey(current, made.key());
            Files.deleteIfExists(previous);
            Files.deleteIfExists(current.resolveSibling(base + ".trace.db"));
            return new BackupSummary(backup, made.takenAt(), count, afterRestore(current, backup, made.takenAt(),
                    made.key() == null ? null : password));
        } catch (IOException e) {
            throw new RefusedException("The register could not be restored from " + backup + ": "
                    + FileProblems.reason(e) + ". The register was left as it was.");
        } finally {
            TemporaryFiles.deleteQuietly(incoming);
            TemporaryFiles.deleteQuietly(incoming.resolveSibling(base + "-restoring.trace.db"));
        }
    }

    /**
     * Records the restore in the restored register's audit trail, and erases again the signatories
     * erased after the backup was taken (from the ledger beside the register). Returns their references.
     */
    private static List<String> afterRestore(Path registerFile, Path backup, Instant takenAt,
                                             RegisterPassword password) {
        try (Services restored = Services.open(registerFile, Clock.systemDefaultZone(),
                org.compactregister.model.StaffMember.ofComputerUser(), password)) {
            restored.audit().note(AuditDraft.of(AuditAction.RESTORED, null, "Register restored from "
                    + backup.getFileName() + " (taken " + takenAt + ")"));
            return new ErasureService(restored).eraseAgainFromLedger();
        }
    }

    /** A register file made from a backup: when the backup was taken, and the key it is under (null: none). */
    private record Unpacked(Instant takenAt, RegisterKey key) {
    }

    /**
     * Makes the register file {@code target} from {@code backup}: decrypts it with {@code password}
     * when it is encrypted (the file is then under the backup's key), loads its SQL script, or (a
     * backup made before version 9) unpacks the database file it holds; a backup without a password
     * is loaded under {@code keyForPlain} (null: none).
     */
    private static Unpacked unpack(Path backup, Path target, RegisterPassword password, RegisterKey keyForPlain)
            throws IOException {
        String name = backup.getFileName().toString();
        if (!Files.isRegularFile(backup)) {
            throw new RefusedException("There is no file " + backup + ".");
        }
        if (BackupCipher.isEncrypted(backup)) {
            return unpackEncrypted(backup, target, password);
        }
        Instant takenAt = null;
        byte[] start;
        try (InputStream in = Files.newInputStream(backup)) {
            start = in.readNBytes(4);
        }
        if (start.length < 4 || start[0] != 'P' || start[1] != 'K' || start[2] != 3 || start[3] != 4) {
            throw new RefusedException(name + " is not a backup of Compact Register (it is not a zip file). "
                    + "The register was left as it was.");
        }
        // ZipFile reads the zip's closing directory, so a backup cut short anywhere is noticed.
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                boolean file = entry.getName().endsWith(RegisterDatabase.FILE_SUFFIX);
                boolean script = entry.getName().equals(BackupStatements.SCRIPT_ENTRY);
                if (!entry.isDirectory() && (file || script) && takenAt == null) {
                    if (file) {
                        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                            in.transferTo(out);
                        }
                        if (keyForPlain != null) {
                            RegisterEncryption.encryptScratch(target, keyForPlain);
                        }
                    } else {
                        BackupStatements.loadScript(backup, target, keyForPlain);
                    }
                    takenAt = entry.getLastModifiedTime() == null
                            ? Files.getLastModifiedTime(backup).toInstant()
                            : entry.getLastModifiedTime().toInstant();
                }
            }
        } catch (NoSuchFileException e) {
            throw new RefusedException("There is no file " + backup + ".");
        } catch (IOException e) {
            TemporaryFiles.deleteQuietly(target);
            throw new RefusedException(name + " is damaged or cut short (" + FileProblems.reason(e)
                    + "), so it cannot be restored. The register was left as it was. Use another backup.");
        }
        if (takenAt == null) {
            throw new RefusedException(name + " is not a backup of Compact Register: it holds no register. "
                    + "The register was left as it was.");
        }
        return new Unpacked(takenAt, keyForPlain);
    }

    /** An encrypted backup: decrypted (never in clear on the disk) and loaded into {@code target} under its own key. */
    private static Unpacked unpackEncrypted(Path backup, Path target, RegisterPassword password) {
        if (password == null || password.isEmpty()) {
            throw RegisterPasswordException.backupNeeds(backup);
        }
        Path scratch = target.resolveSibling("." + target.getFileName() + ".zip");
        try (BackupStatements.Decrypted decrypted = BackupStatements.decrypt(backup, password, scratch)) {
            Instant takenAt = null;
            try (ZipInputStream zip = new ZipInputStream(decrypted.zip())) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().equals(BackupStatements.SCRIPT_ENTRY)) {
                        takenAt = entry.getLastModifiedTime() == null
                                ? Files.getLastModifiedTime(backup).toInstant() : entry.getLastModifiedTime().toInstant();
                    }
                }
            }
            if (takenAt == null) {
                throw new RefusedException(backup.getFileName() + " is not a backup of Compact Register: it holds no "
                        + "register. The register was left as it was.");
            }
            BackupStatements.loadScript(decrypted, target, decrypted.key());
            return new Unpacked(takenAt, decrypted.key());
        } catch (IOException e) {
            TemporaryFiles.deleteQuietly(target);
            throw new RefusedException(backup.getFileName() + " is damaged or cut short (" + FileProblems.reason(e)
                    + "), so it cannot be restored. The register was left as it was. Use another backup.");
        }
    }

    /** Opens the unpacked file as a register (bringing an older one up to date) and counts its signatories. */
    private static int openAsRegister(Path backup, Path unpacked, RegisterKey key) {
        String notOurs = backup.getFileName() + " is not a backup of Compact Register, or it is damaged. "
                + "The register was left as it was.";
        if (!BackupStatements.holdsARegister(unpacked, key)) {
            throw new RefusedException(notOurs);
        }
        try {
            return BackupStatements.countSignatories(unpacked, key);
        } catch (RegisterProblem e) {
            throw new RefusedException(notOurs + " (" + e.getMessage() + ")");
        }
    }

    static Path withSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(RegisterDatabase.FILE_SUFFIX) ? file
                : file.resolveSibling(name + RegisterDatabase.FILE_SUFFIX);
    }

    private static String baseName(Path dbFile) {
        String name = dbFile.getFileName().toString();
        return name.substring(0, name.length() - RegisterDatabase.FILE_SUFFIX.length());
    }
}
