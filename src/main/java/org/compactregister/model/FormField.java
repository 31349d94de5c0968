package org.compactregister.model;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of a commitment form, with the labels the office uses for them. A required field is
 * one every form must fill in: the form entry screen marks it, the import needs a column for it, and
 * {@link CommitmentFormRules} refuses a form without it, with the field's own words.
 */
public enum FormField {
    SIGNATORY_NAME("Name", "Enter the name of the person who signed the form."),
    DATE_SIGNED("Date signed", "Enter the date written on the form, like 24/11/2026."),
    ORGANISATION("On behalf of organisation", "Enter the organisation the form was signed on behalf of."),
    ADDRESS_LINE_1("Address"),
    ADDRESS_LINE_2("Address line 2"),
    ADDRESS_LINE_3("Address line 3"),
    TOWN("Town"),
    POSTCODE("Postcode"),
    TELEPHONE("Tel"),
    SECOND_TELEPHONE("Second tel"),
    EMAIL("Email"),
    SECTOR("Sector"),
    DATE_RECEIVED("Date received"),
    HOW_RECEIVED("How received"),
    NOTES("Notes");

    private static final List<FormField> REQUIRED = Arrays.stream(values()).filter(FormField::isRequired).toList();

    private final String label;
    private final String whenMissing;

    FormField(String label) {
        this(label, null);
    }

    FormField(String label, String whenMissing) {
        this.label = label;
        this.whenMissing = whenMissing;
    }

    public String label() {
        return label;
    }

    /** Whether every commitment form must fill this field in. */
    public boolean isRequired() {
        return whenMissing != null;
    }

    /**
     * What the user is told when this required field is left empty: "Enter the name of the person
     * who signed the form."
     *
     * @throws IllegalStateException for a field that is not required
     */
    public String whenMissing() {
        if (whenMissing == null) {
            throw new IllegalStateException(label + " is not a required field");
        }
        return whenMissing;
    }

    /** The required fields, in the order of the form: Name, Date signed, On behalf of organisation. */
    public static List<FormField> required() {
        return REQUIRED;
    }
}
