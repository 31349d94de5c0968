package org.compactregister.model;

import java.time.Instant;

/**
 * A scanned commitment form kept with a signatory: what it is, not its content. {@code rotation}
 * is how staff turned it to read it, in degrees clockwise: 0, 90, 180 or 270.
 */
public record Scan(
        long id,
        long signatoryId,
        String fileName,
        ScanMediaType mediaType,
        long sizeBytes,
        String sha256,
        int pageCount,
        Instant attachedAt,
        int rotation) {

    public Scan {
        if (rotation % 90 != 0 || rotation < 0 || rotation >= 360) {
            throw new IllegalArgumentException("a scan is turned by 0, 90, 180 or 270 degrees, not " + rotation);
        }
    }

    /** "3 pages, 1.2 MB" */
    public String pagesAndSize() {
        return Plural.of(pageCount, "page", "pages") + ", " + FileSize.describe(sizeBytes);
    }
}
