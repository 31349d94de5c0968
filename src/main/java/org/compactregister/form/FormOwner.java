package org.compactregister.form;

import java.util.Optional;
import org.compactregister.model.Signatory;

/**
 * Whose a returned form is: a signatory's (renewal or change of details), or one of this register's
 * blank forms, with the signatory it was entered as when it has been entered before.
 */
public record FormOwner(FormReference reference, Optional<Signatory> signatory) {

    /** In words for the inbox: "CS-000042 · Oak Lane Trust" or "BF-000007 · new (blank form)". */
    public String describe() {
        return reference.text() + " · " + signatory.map(Signatory::organisation)
                .orElse("new organisation (blank form)");
    }
}
