package org.compactregister.ui.scan;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.compactregister.form.FoundForm;
import org.compactregister.form.InboxMatch;
import org.compactregister.scan.InboxFile;

/**
 * A file waiting in the inbox, with the small picture of its first page (null when it cannot be
 * drawn) and what reading it for a form's QR code found (null while it is not read yet).
 */
public record InboxEntry(InboxFile file, BufferedImage thumbnail, InboxMatch match) {

    public InboxEntry(InboxFile file, BufferedImage thumbnail) {
        this(file, thumbnail, null);
    }

    public InboxEntry withMatch(InboxMatch found) {
        return new InboxEntry(file, thumbnail, found);
    }

    /** The one form of ours found in it, matched to this register. */
    public Optional<FoundForm> matchedForm() {
        return match == null ? Optional.empty() : match.single();
    }

    /** What reading found, in words: "Reading for a form code…", "matched CS-000042 · …", "not matched: …". */
    public String matchInWords() {
        return match == null ? "Reading for a form code…" : match.describe();
    }
}
