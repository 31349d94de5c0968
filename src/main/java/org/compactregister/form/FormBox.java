package org.compactregister.form;

/**
 * The boxes of the commitment form, in the paper form's order, each with the words printed beside
 * it and the name of its text field in a fillable PDF.
 */
public enum FormBox {
    NAME("Name", "name"),
    DATE("Date", "date"),
    ORGANISATION("On behalf of Organisation", "organisation"),
    ADDRESS("Address", "address"),
    TEL("Tel", "tel"),
    EMAIL("Email", "email");

    private final String label;
    private final String fieldName;

    FormBox(String label, String fieldName) {
        this.label = label;
        this.fieldName = fieldName;
    }

    /** The words printed beside the box, as on the paper form. */
    public String label() {
        return label;
    }

    /** The name of the box's text field in a fillable PDF. */
    public String fieldName() {
        return fieldName;
    }

    /** Whether the box takes several lines of writing (the address). */
    public boolean multiline() {
        return this == ADDRESS;
    }
}
