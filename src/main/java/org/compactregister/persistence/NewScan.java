package org.compactregister.persistence;

import java.time.Instant;
import org.compactregister.model.ScanMediaType;

/** A checked scan about to be stored: everything but the content, which is streamed in. */
public record NewScan(long signatoryId, String fileName, ScanMediaType mediaType, long sizeBytes, String sha256,
                      int pageCount, Instant attachedAt, byte[] thumbnailPng) {
}
