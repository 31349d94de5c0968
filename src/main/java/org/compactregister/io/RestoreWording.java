package org.compactregister.io;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.compactregister.model.Plural;

/** The one confirmation both the window and the command line give before a restore. */
public final class RestoreWording {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.UK);

    private RestoreWording() {
    }

    public static String confirmation(Path register, int signatoriesNow, BackupSummary backup) {
        return confirmation("the whole register at " + register, signatoriesNow, backup);
    }

    /**
     * As {@link #confirmation(Path, int, BackupSummary)} for a register on a server, named by
     * {@code register} in words ("the shared register compact on office-pc"): everyone using it sees
     * the restored register.
     */
    public static String confirmationOnServer(String register, int signatoriesNow, BackupSummary backup) {
        return confirmation("the whole of " + register, signatoriesNow, backup)
                + " Everyone working on it will see the restored register; ask them to save and stop first.";
    }

    private static String confirmation(String register, int signatoriesNow, BackupSummary backup) {
        return "This replaces " + register + ", which now holds " + signatories(signatoriesNow)
                + ", with the backup " + backup.file().getFileName() + " taken on "
                + WHEN.format(backup.takenAt().atZone(ZoneId.systemDefault())) + ", which holds "
                + signatories(backup.signatories()) + ". Everything entered or changed since that backup, scans and "
                + "settings included, will be lost.";
    }

    /** The confirmation before a backup replaces a register that is damaged and cannot be opened. */
    public static String confirmationOverDamaged(Path register, BackupSummary backup) {
        return "This puts " + backupTaken(backup) + " in place of the damaged register at " + register
                + ". The damaged file is kept beside it, renamed. Everything entered or changed since that backup "
                + "will be missing.";
    }

    /** "the backup NAME taken on 29 November 2026 at 17:02, which holds 312 signatories" */
    public static String backupTaken(BackupSummary backup) {
        return "the backup " + backup.file().getFileName() + " taken on "
                + WHEN.format(backup.takenAt().atZone(ZoneId.systemDefault())) + ", which holds "
                + signatories(backup.signatories());
    }

    public static String signatories(int count) {
        return COUNT.format(count) + " " + Plural.word(count, "signatory", "signatories");
    }
}
