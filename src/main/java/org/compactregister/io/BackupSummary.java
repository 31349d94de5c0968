package org.compactregister.io;

import java.nio.file.Path;
import java.time.Instant;

/** A backup file of the register: where it is, when it was taken, and how many signatories it holds. */
public record BackupSummary(Path file, Instant takenAt, int signatories) {
}
