package org.compactregister.model;

/**
 * One field an audited change touched: its label in the office's words, the value before and after
 * ({@code null} when there was none, as for a new record), and whether the value is personal data
 * (blanked when the person's data is erased). {@code signatoryId} names the record when it is not
 * the entry's own (an import's rows), else {@code null}.
 */
public record FieldChange(String field, String oldValue, String newValue, boolean personal, Long signatoryId) {

    /** What an erased value reads as. */
    public static final String ERASED = "(erased)";

    public FieldChange(String field, String oldValue, String newValue, boolean personal) {
        this(field, oldValue, newValue, personal, null);
    }
}
