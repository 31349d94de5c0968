package org.compactregister.form;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compactregister.model.Signatory;
import org.compactregister.scan.InboxFile;

/**
 * A matched form opened for checking box by box: each box cut from the scan (or the fillable
 * PDF's page), the values already known (the fillable PDF's, or the record's for a renewal, in the
 * boxes' own text), the signatory for a renewal, and the boxes of a scan that have writing in them
 * ({@link BoxInk}; none for a fillable PDF, whose values are known exactly).
 */
public record Verification(InboxFile file, FoundForm form, Map<FormBox, BufferedImage> cuts,
                           Map<FormBox, String> known, Optional<Signatory> signatory, Set<FormBox> writtenOn) {

    public Verification {
        cuts = Map.copyOf(new EnumMap<>(cuts));
        known = known.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(known));
        writtenOn = writtenOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(writtenOn));
    }

    /** How a renewal's box is marked on the check screen. */
    public enum Mark {
        /** Nothing to point out: a new organisation's box, or a renewal's box that is blank on the form and as the record has it. */
        NONE,
        /** The scan has writing in the box and the box still holds the record's value: the writing may say something else. */
        WRITTEN_ON,
        /** The box holds something other than the record (typed by staff from the writing, or the fillable PDF's value). */
        DIFFERS
    }

    /** The mark for a box holding {@code typed}; always {@link Mark#NONE} for a new organisation. */
    public Mark mark(FormBox box, String typed) {
        if (signatory.isEmpty()) {
            return Mark.NONE;
        }
        if (differsFromRecord(box, typed)) {
            return Mark.DIFFERS;
        }
        return writtenOn.contains(box) ? Mark.WRITTEN_ON : Mark.NONE;
    }

    /** The mark in words, as shown beside the box; empty for {@link Mark#NONE}. */
    public String markInWords(FormBox box, String typed) {
        return switch (mark(box, typed)) {
            case NONE -> "";
            case WRITTEN_ON -> "Written on the form: check it says what the record has.";
            case DIFFERS -> recorded(box).isEmpty() ? "Differs from the record, which has nothing here."
                    : "Differs from the record, which has: " + recorded(box);
        };
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
