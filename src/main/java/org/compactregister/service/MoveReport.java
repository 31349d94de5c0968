package org.compactregister.service;

import java.time.Duration;
import java.util.Locale;
import org.compactregister.model.Plural;

/**
 * What a move of the register copied: from where, to where, how many signatories and scans, all
 * rows of all tables, the scans read back and found byte for byte the same, and how long it took.
 */
public record MoveReport(String from, String to, long signatories, long scans, long rows, long scansCompared,
                         Duration took) {

    /** The outcome and its check, as the window and the command say it. */
    public String inWords() {
        return "Moved " + Plural.of(signatories, "signatory", "signatories") + " and "
                + Plural.of(scans, "scan", "scans") + " (" + String.format(Locale.UK, "%,d", rows)
                + " records in all) to " + to + " in " + seconds() + ". The check found every table's count equal on "
                + "both sides and every scan's SHA-256 the same (" + Plural.of(scansCompared, "scan", "scans")
                + " read back). The register at " + from + " is unchanged.";
    }

    private String seconds() {
        return String.format(Locale.UK, "%.1f s", took.toMillis() / 1000.0);
    }
}
