package org.compactregister.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The fields a letter template may use, written in braces: {@code {organisation}}. Each is filled
 * from the signatory's details as they are printed.
 */
public enum LetterField {
    NAME("name", "the signatory's name"),
    ORGANISATION("organisation", "the organisation's name"),
    ADDRESS("address", "the organisation's address on one line"),
    DATE_SIGNED("date signed", "the date on the form, as 24 November 2026"),
    DATE_RECEIVED("date received", "the date the form came in"),
    SECTOR("sector", "the organisation's sector"),
    REFERENCE("reference", "the register's reference, as CS-000042"),
    LETTER_DATE("date", "the date of the letter");

    private final String key;
    private final String meaning;

    LetterField(String key, String meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    /** The name written in braces in the template. */
    public String key() {
        return key;
    }

    /** What the field is filled with, for the template editor's help. */
    public String meaning() {
        return meaning;
    }

    /** The field as written in a template: {@code {date signed}}. */
    public String placeholder() {
        return "{" + key + "}";
    }

    /** The field called {@code name} (any case, spaces folded), or empty when there is none. */
    public static Optional<LetterField> named(String name) {
        String wanted = Text.clean(name).toLowerCase(Locale.ROOT);
        for (LetterField field : values()) {
            if (field.key.equals(wanted)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
