package org.compactregister.model;

/** The fields of a commitment form, with the labels the office uses for them. */
public enum FormField {
    SIGNATORY_NAME("Name"),
    DATE_SIGNED("Date signed"),
    ORGANISATION("On behalf of organisation"),
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

    private final String label;

    FormField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
