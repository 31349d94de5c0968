package org.compactregister.ui.scan;

import java.awt.image.BufferedImage;
import org.compactregister.scan.InboxFile;

/** A file waiting in the inbox, with the small picture of its first page (null when it cannot be drawn). */
public record InboxEntry(InboxFile file, BufferedImage thumbnail) {
}
