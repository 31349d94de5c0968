package org.compactregister.ui.register;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.compactregister.service.RegisterChanges;

/**
 * What the commitment form says while it is open about others' changes to its signatory: who saved
 * or deleted it, when (hours and minutes, this PC's time) and where, and that what was typed is
 * kept. Part of {@link SignatoryFormViewModel}, which decides which changes are the form's.
 */
final class ChangedElsewhereNotice {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    ChangedElsewhereNotice() {
    }

    /**
     * Says so when {@code change} (one to this form's signatory) deleted it, or saved a version newer
     * than {@code openedVersion}, the one the form was opened from; other changes leave the notice.
     */
    void tell(RegisterChanges.Change change, long openedVersion) {
        String who = change.staff() + " at " + TIME.format(change.at().atZone(ZoneId.systemDefault()))
                + " " + change.where();
        if (change.kind() == RegisterChanges.Kind.REMOVED) {
            notice.set("Deleted by " + who + ". What you typed is kept, but it cannot be saved over a deleted "
                    + "record: copy what you need, or enter it again as a new form.");
        } else if (change.kind() == RegisterChanges.Kind.CHANGED && change.version() > openedVersion) {
            notice.set("Saved by " + who + " — your changes are kept; you will be asked which to keep when "
                    + "you save.");
        }
    }

    /** Takes the notice away (the form was saved, or is saved on top of their version). */
    void clear() {
        notice.set("");
    }

    /** The notice; empty when none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
