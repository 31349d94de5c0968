package org.compactregister.scan;

import java.nio.file.Path;
import org.compactregister.model.ScanMediaType;

/** A file that passed every check and may be kept as a scan, with what was learnt about it. */
public record CheckedScan(Path file, String fileName, ScanMediaType mediaType, long sizeBytes, String sha256,
                          int pageCount, byte[] thumbnailPng) {
}
