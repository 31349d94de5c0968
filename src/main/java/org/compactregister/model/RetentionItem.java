package org.compactregister.model;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One thing a retention rule says is due to go: a signatory's personal details, a signatory's
 * scans, or an automatic backup file. {@code signatoryId} is 0 for a backup; {@code file} is null
 * otherwise. {@code what} names it without personal data; {@code rule} is the rule that made it due.
 */
public record RetentionItem(Kind kind, long signatoryId, Path file, String what, LocalDate dueSince, String rule) {

    /** What kind of thing is due. */
    public enum Kind {
        PERSONAL_DETAILS("Personal details"),
        SCANS("Scans"),
        AUTOMATIC_BACKUP("Automatic backup");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line for a list or the command line: "Personal details · CS-000042 "Oak Trust" · due since 01/01/2026 · rule". */
    public String describe() {
        return kind.label() + " · " + what + " · due since " + UkDate.formatShort(dueSince) + " · " + rule;
    }
}
