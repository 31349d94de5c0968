package org.compactregister.form;

import java.util.EnumMap;
import java.util.Map;

/**
 * One form to print: its reference, the organisation printed on it (empty for a blank form), and
 * the values a fillable copy is filled with beforehand (a renewal's known details; none for a blank form).
 */
public record PrintedForm(FormReference reference, String organisation, Map<FormBox, String> known) {

    public PrintedForm {
        organisation = organisation == null ? "" : organisation;
        known = known.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(known));
    }

    public static PrintedForm blank(FormReference reference) {
        return new PrintedForm(reference, "", Map.of());
    }
}
