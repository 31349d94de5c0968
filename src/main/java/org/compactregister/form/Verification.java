package org.compactregister.form;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.compactregister.model.Signatory;
import org.compactregister.scan.InboxFile;

/**
 * A matched form opened for checking box by box: each box cut from the scan (or the fillable
 * PDF's page), the values already known (the fillable PDF's, or the record's for a renewal, in the
 * boxes' own text), and the signatory for a renewal.
 */
public record Verification(InboxFile file, FoundForm form, Map<FormBox, BufferedImage> cuts,
                           Map<FormBox, String> known, Optional<Signatory> signatory) {

    public Verification {
        cuts = Map.copyOf(new EnumMap<>(cuts));
        known = known.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(known));
    }

    /** The value the record holds for a box (empty for a new organisation). */
    public String recorded(FormBox box) {
        return signatory.map(s -> FormService.known(s.form()).getOrDefault(box, ""))
                .map(value -> box == FormBox.ADDRESS ? BoxValues.oneLine(value) : value)
                .orElse("");
    }

    /** Whether the typed value differs from the record (a renewal's changed box); never for a new organisation. */
    public boolean differsFromRecord(FormBox box, String typed) {
        if (signatory.isEmpty()) {
            return false;
        }
        String recorded = recorded(box);
        String now = box == FormBox.ADDRESS ? BoxValues.oneLine(typed) : typed == null ? "" : typed.strip();
        return !recorded.equalsIgnoreCase(now);
    }

    public String describe() {
        return form.owner().map(FormOwner::describe).orElse(form.reference().text());
    }
}
