package org.compactregister.privacy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.compactregister.io.SpreadsheetSafeCsv;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.FieldChange;
import org.compactregister.service.SafeFile;

/**
 * The audit trail as CSV (UTF-8 with a byte-order mark, formula-like cells neutralised): one line
 * per field changed, the entry's own columns repeated; an entry that changed no field has one line.
 */
public final class AuditCsv {

    /** The columns, in order. */
    public static final String[] HEADER = {"When", "Staff member", "What", "Reference", "Summary", "Field",
        "Old value", "New value"};

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private AuditCsv() {
    }

    /** Writes the entries to {@code out} (left open), times in {@code zone}. */
    public static void write(List<AuditEntry> entries, ZoneId zone, OutputStream out) throws IOException {
        CSVPrinter printer = SpreadsheetSafeCsv.open(leftOpen(out), HEADER);
        for (AuditEntry entry : entries) {
            String when = WHEN.format(entry.recordedAt().atZone(zone));
            if (entry.changes().isEmpty()) {
                SpreadsheetSafeCsv.printRow(printer, when, entry.staff().name(), entry.action().label(),
                        entry.reference().orElse(""), entry.summary(), "", "", "");
            }
            for (FieldChange change : entry.changes()) {
                String reference = change.signatoryId() != null
                        ? org.compactregister.model.Signatory.referenceOf(change.signatoryId())
                        : entry.reference().orElse("");
                SpreadsheetSafeCsv.printRow(printer, when, entry.staff().name(), entry.action().label(), reference,
                        entry.summary(), change.field(), change.oldValue(), change.newValue());
            }
        }
        printer.close();
    }

    /** {@code out} as a stream whose close only flushes (for one entry of a zip). */
    static OutputStream leftOpen(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * Saves the entries as a CSV file, whole or not at all.
     *
     * @throws org.compactregister.service.RefusedException when it could not be written, saying why
     */
    public static void save(List<AuditEntry> entries, ZoneId zone, Path file) {
        SafeFile.write(file, "The audit trail", out -> write(entries, zone, out));
    }
}
