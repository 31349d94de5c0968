package org.compactregister.io;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.compactregister.model.Plural;

/**
 * What an import did: how many rows it read and entered, each refused row with its line and reason,
 * and (when the file could not be read to the end) the problem that stopped it, in which case
 * nothing was entered. {@code unmappedColumns} are the file's columns that were not imported;
 * {@code notes} say, line by line, what was repaired or left out of the rows that went in (a line
 * read from another encoding, a phone number's lost leading zero, a date column read month first).
 */
public record ImportReport(Path file, List<String> header, int rowsRead, int imported, List<RefusedRow> refused,
                           boolean allOrNothing, Optional<String> fileProblem, List<String> unmappedColumns,
                           List<String> notes) {

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.UK);

    public ImportReport {
        header = List.copyOf(header);
        refused = List.copyOf(refused);
        unmappedColumns = List.copyOf(unmappedColumns);
        notes = List.copyOf(notes);
    }

    public boolean hasRefusals() {
        return !refused.isEmpty() || fileProblem.isPresent();
    }

    /** True when the file had no rows under its header: nothing to import, which a batch job should hear. */
    public boolean isEmpty() {
        return rowsRead == 0 && fileProblem.isEmpty();
    }

    /** One or two sentences for the screen and the command line. */
    public String summary() {
        String name = file.getFileName().toString();
        if (fileProblem.isPresent()) {
            return fileProblem.get();
        }
        String notImported = unmappedColumns.isEmpty() ? ""
                : " Not imported: the column" + (unmappedColumns.size() == 1 ? " " : "s ")
                + String.join(", ", unmappedColumns.stream().map(c -> "\"" + c + "\"").toList()) + ".";
        if (rowsRead == 0) {
            return name + " has a header row but no signatories under it, so nothing was imported. Check that it "
                    + "is the file you meant, with its rows saved in it.";
        }
        if (refused.isEmpty()) {
            return "All " + rows(imported) + " of " + name + " went into the register." + notImported;
        }
        String refusedText = rows(refused.size()) + " of " + COUNT.format(rowsRead) + " in " + name
                + " " + Plural.word(refused.size(), "was", "were") + " refused";
        if (imported == 0 && allOrNothing) {
            return refusedText + ", so nothing was imported (all or nothing). Fix the refused rows and import "
                    + "the file again." + notImported;
        }
        if (imported == 0) {
            return refusedText + "; none went into the register." + notImported;
        }
        return refusedText + "; the other " + rows(imported) + " " + Plural.word(imported, "was", "were")
                + " imported." + notImported;
    }

    private static String rows(int count) {
        return COUNT.format(count) + " " + Plural.word(count, "row", "rows");
    }
}
