package org.compactregister.model;

/**
 * Where a signatory stands: a returned form is {@code RECEIVED}; once the acknowledgement letter
 * has gone out it is {@code ACKNOWLEDGED}; an organisation that leaves the Compact is
 * {@code WITHDRAWN}, and its record stays in the register.
 */
public enum Status {
    RECEIVED("Received"),
    ACKNOWLEDGED("Acknowledged"),
    WITHDRAWN("Withdrawn");

    private final String label;

    Status(String label) {
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
