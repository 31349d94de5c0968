package org.compactregister.service;

/** Someone else saved (or deleted) the signatory since it was opened: this save would overwrite their work. */
public class ChangedElsewhereException extends RefusedException {

    public ChangedElsewhereException(String organisation) {
        super("\"" + organisation + "\" was changed by someone else since you opened it, so your changes were not "
                + "saved over theirs. Close the form, open the signatory again to see the latest version, "
                + "and make your changes there.");
    }
}
