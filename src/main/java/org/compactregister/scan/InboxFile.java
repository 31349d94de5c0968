package org.compactregister.scan;

import java.nio.file.Path;
import java.time.Instant;

/** A file waiting in the scan inbox folder. */
public record InboxFile(Path path, String name, long sizeBytes, Instant modified) {
}
