package org.compactregister.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A backup file of the register: where it is, when it was taken, and how many signatories it holds. */
public record BackupSummary(Path file, Instant takenAt, int signatories, List<String> erasedAgain) {

    public BackupSummary {
        erasedAgain = List.copyOf(erasedAgain);
    }

    public BackupSummary(Path file, Instant takenAt, int signatories) {
        this(file, takenAt, signatories, List.of());
    }

    /**
     * What a restore erased again, as a sentence to add to its report ("" when nothing): the backup
     * was taken before these signatories' personal data was erased.
     */
    public String erasedAgainNote() {
        if (erasedAgain.isEmpty()) {
            return "";
        }
        return " The personal data of " + String.join(", ", erasedAgain) + " was erased after this backup was "
                + "taken, so it has been erased again.";
    }
}
