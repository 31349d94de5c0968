package org.compactregister.service;

import java.util.List;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.FieldErrors;
import org.compactregister.model.Signatory;

/** What became of a commitment form that was saved: stored, refused for its errors, or held back as a likely duplicate. */
public sealed interface SaveOutcome {

    /** The form was stored. */
    record Saved(Signatory signatory) implements SaveOutcome {
    }

    /** The form breaks the rules; nothing was stored. */
    record Invalid(FieldErrors errors) implements SaveOutcome {
    }

    /** The organisation looks like one already in the register; nothing was stored until the user says so. */
    record PossibleDuplicates(CommitmentForm form, List<Signatory> existing) implements SaveOutcome {
        public PossibleDuplicates {
            existing = List.copyOf(existing);
        }
    }
}
