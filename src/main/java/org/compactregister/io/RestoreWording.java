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
        return "This replaces the whole register at " + register + ", which now holds " + signatories(signatoriesNow)
                + ", with the backup " + backup.file().getFileName() + " taken on "
                + WHEN.format(backup.takenAt().atZone(ZoneId.systemDefault())) + ", which holds "
                + signatories(backup.signatories()) + ". Everything entered or changed since that backup, scans and "
                + "settings included, will be lost.";
    }

    public static String signatories(int count) {
        return COUNT.format(count) + " " + Plural.word(count, "signatory", "signatories");
    }
}
