package org.compactregister.scan;

import java.awt.image.BufferedImage;
import org.compactregister.model.Scan;

/** A kept scan with the small picture of its first page (null when there is none). */
public record ScanListing(Scan scan, BufferedImage thumbnail) {
}
