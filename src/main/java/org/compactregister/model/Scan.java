package org.compactregister.model;

import java.time.Instant;

/** A scanned commitment form kept with a signatory: what it is, not its content. */
public record Scan(
        long id,
        long signatoryId,
        String fileName,
        ScanMediaType mediaType,
        long sizeBytes,
        String sha256,
        int pageCount,
        Instant attachedAt) {

    /** "3 pages, 1.2 MB" */
    public String pagesAndSize() {
        return Plural.of(pageCount, "page", "pages") + ", " + FileSize.describe(sizeBytes);
    }
}
