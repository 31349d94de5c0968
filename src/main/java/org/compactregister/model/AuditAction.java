package org.compactregister.model;

/** What kind of change an audit entry records, with its name as staff read it. */
public enum AuditAction {
    CREATED("Entered"),
    EDITED("Edited"),
    RECEIVED_AGAIN("Form received again"),
    ACKNOWLEDGED("Marked acknowledged"),
    WITHDRAWN("Withdrawal recorded"),
    DELETED("Deleted"),
    SCAN_ATTACHED("Scan attached"),
    SCAN_REMOVED("Scan removed"),
    SCAN_TURNED("Scan turned"),
    LETTERS_MADE("Letters made"),
    LETTER_REPRINTED("Letter reprinted"),
    LETTERS_SENT("Letters marked sent"),
    IMPORTED("Imported"),
    SAMPLE_DATA("Sample data added"),
    RESTORED("Restored from backup"),
    MOVED("Register moved here"),
    TEMPLATE_SAVED("Letter template saved"),
    BLANK_FORMS("Blank forms made"),
    BLANK_FORM_ENTERED("Blank form entered"),
    SETTING_CHANGED("Setting changed"),
    SUBJECT_ACCESS("Subject access request"),
    BACKUP_REMOVED("Automatic backup removed"),
    ERASED("Personal data erased"),
    PASSWORD_CHANGED("Register password changed");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
