package org.compactregister.ui.register;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;

/**
 * The top of the commitment form: the window's title ("New commitment form", or the organisation
 * and its reference) and, for a signatory already in the register, one line of where it stands.
 * Part of {@link SignatoryFormViewModel}.
 */
final class FormHeading {

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper("");

    FormHeading() {
    }

    /** Names the form's window {@code text}. */
    void title(String text) {
        title.set(text);
    }

    /** Shows where {@code signatory} stands, as {@link #standingOf} writes it. */
    void standing(Signatory signatory) {
        standing.set(standingOf(signatory));
    }

    /** Where the signatory stands, in one line: "Received", "Acknowledged on 3 December 2026", or the withdrawal. */
    static String standingOf(Signatory signatory) {
        String text = signatory.reference() + " · " + signatory.status().label();
        if (signatory.acknowledgedOn() != null) {
            text += " · acknowledged on " + UkDate.formatLong(signatory.acknowledgedOn());
        }
        if (signatory.withdrawal() != null) {
            text += " · withdrew on " + UkDate.formatLong(signatory.withdrawal().date()) + ": "
                    + signatory.withdrawal().reason();
        }
        return text;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Where the signatory stands; empty on a form for a new signatory. */
    public ReadOnlyStringProperty standingProperty() {
        return standing.getReadOnlyProperty();
    }
}
