package org.compactregister.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.StaffMember;
import org.compactregister.persistence.BackupStatements;
import org.compactregister.persistence.ReadOnlyRegister;
import org.compactregister.persistence.RegisterCopy;
import org.compactregister.persistence.RegisterDatabase;
import org.compactregister.service.CancelledException;
import org.compactregister.service.FileProblems;
import org.compactregister.service.Progress;
import org.compactregister.service.TemporaryFiles;
import org.compactregister.service.RefusedException;
import org.compactregister.service.SafeFile;

/**
 * Backups of a register that is not an H2 file (a shared register on a server), in the one backup
 * format there is, H2's SQL script zip ({@link BackupStatements}): the register is copied into a
 * temporary H2 file ({@link RegisterCopy}) and that file is scripted; a backup is restored by loading
 * it into a temporary H2 file (brought up to date when older) and copying from there over the
 * register's contents, in one transaction. So a backup taken on either engine restores onto either.
 */
final class BackupThroughCopy {

    private BackupThroughCopy() {
    }

    /**
     * Writes a backup of the open register {@code database} to {@code out} through a temporary H2 copy.
     *
     * @return how many signatories the backup holds
     * @throws CancelledException when {@code progress} was cancelled; nothing is left at {@code out}
     */
    static int backUp(RegisterDatabase database, Path out, Progress progress) {
        Path folder = temporaryFolder();
        try (ReadOnlyRegister source = ReadOnlyRegister.of(database);
             RegisterDatabase copy = RegisterDatabase.open(folder.resolve("backup-copy"))) {
            RegisterCopy.Check check = RegisterCopy.copy(source, copy.jdbi(), RegisterCopy.Into.EMPTY_REGISTER, null,
                    (rows, total, table) -> progress.update(rows, total, String.format(Locale.UK,
                            "Copying the register: %,d of %,d records", rows, total)),
                    // a backup can still be stopped after its temporary copy commits: nothing is kept then
                    RegisterCopy.Stop.polling(progress::isCancelled));
            SafeFile.writeAt(out, "The backup", partial -> {
                BackupStatements.backUp(copy, partial,
                        bytes -> progress.update(bytes, -1, String.format(Locale.UK, "%.1f MB written", bytes / 1e6)),
                        progress::isCancelled);
                progress.finishing(); // the backup is whole: it is kept, and a Cancel now is refused
            });
            return (int) check.rows("signatory");
        } catch (RegisterCopy.CopyStoppedException | BackupStatements.BackupStoppedException e) {
            throw new CancelledException();
        } catch (RegisterCopy.CopyRefusedException e) {
            throw new RefusedException("The backup was not written: " + e.getMessage());
        } finally {
            TemporaryFiles.deleteTree(folder);
        }
    }

    /**
     * Replaces everything in the open register {@code database} with the register held in
     * {@code backup}, and records the restore in its audit trail against {@code staff}, all in one
     * transaction: when anything goes wrong, the register is left as it was.
     *
     * @return how many signatories the register now holds
     */
    static int restore(RegisterDatabase database, Path backup, Instant takenAt, StaffMember staff, Clock clock,
                       Progress progress) {
        Path folder = temporaryFolder();
        try {
            Path loaded = folder.resolve("restoring" + RegisterDatabase.FILE_SUFFIX);
            BackupStatements.loadScript(backup, loaded);
            RegisterDatabase.open(loaded).close();
            AuditEntry note = new AuditEntry(0, clock.instant(), staff, AuditAction.RESTORED, null,
                    "Register restored from " + backup.getFileName() + " (taken " + takenAt + ")", List.of());
            try (ReadOnlyRegister source = ReadOnlyRegister.open(loaded)) {
                RegisterCopy.Check check = RegisterCopy.copy(source, database.jdbi(),
                        RegisterCopy.Into.REPLACING_ITS_CONTENTS, note,
                        (rows, total, table) -> progress.update(rows, total, String.format(Locale.UK,
                                "Restoring: %,d of %,d records", rows, total)),
                        new RegisterCopy.Stop(progress::isCancelled, progress::finishing));
                return (int) check.rows("signatory");
            }
        } catch (IOException e) {
            throw new RefusedException(backup.getFileName() + " is damaged or cut short (" + FileProblems.reason(e)
                    + "), so it cannot be restored. The register was left as it was. Use another backup.");
        } catch (RegisterCopy.CopyStoppedException e) {
            throw new CancelledException();
        } catch (RegisterCopy.CopyRefusedException e) {
            throw new RefusedException("The register was not restored: " + e.getMessage());
        } finally {
            TemporaryFiles.deleteTree(folder);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("compact-register-backup");
        } catch (IOException e) {
            throw new RefusedException("No temporary folder could be made for the backup: " + FileProblems.reason(e)
                    + ".");
        }
    }
}
