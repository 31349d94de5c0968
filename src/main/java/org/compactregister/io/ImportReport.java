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
 * nothing was entered.
 */
public record ImportReport(Path file, List<String> header, int rowsRead, int imported, List<RefusedRow> refused,
                           boolean allOrNothing, Optional<String> fileProblem) {

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.UK);

    public ImportReport {
        header = List.copyOf(header);
        refused = List.copyOf(refused);
    }

    public boolean hasRefusals() {
        return !refused.isEmpty() || fileProblem.isPresent();
    }

    /** One or two sentences for the screen and the command line. */
    public String summary() {
        String name = file.getFileName().toString();
        if (fileProblem.isPresent()) {
            return fileProblem.get();
        }
        if (refused.isEmpty()) {
            return "All " + rows(imported) + " of " + name + " went into the register.";
        }
        String refusedText = rows(refused.size()) + " of " + COUNT.format(rowsRead) + " in " + name
                + " " + Plural.word(refused.size(), "was", "were") + " refused";
        if (imported == 0 && allOrNothing) {
            return refusedText + ", so nothing was imported (all or nothing). Fix the refused rows and import "
                    + "the file again.";
        }
        return refusedText + "; the other " + rows(imported) + " " + Plural.word(imported, "was", "were")
                + " imported.";
    }

    private static String rows(int count) {
        return COUNT.format(count) + " " + Plural.word(count, "row", "rows");
    }
}
