package org.compactregister.form;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a filled-in fillable form says: its reference and each box's text, as read from its text
 * fields ({@link Source#FIELDS}) or, when a viewer flattened it, from the text inside each box ({@link Source#TEXT_IN_BOXES}).
 */
public record FilledForm(FormReference reference, Map<FormBox, String> values, Source source) {

    public enum Source {
        FIELDS("read from the form's fields"),
        TEXT_IN_BOXES("read from the text in the boxes");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public FilledForm {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    public String value(FormBox box) {
        return values.getOrDefault(box, "");
    }
}
