package org.compactregister.list;

/**
 * The two lists staff print: the public list (who has signed, and nothing personal) and the
 * internal contact list (everything the register holds, for the office's own follow-up).
 */
public enum SignatoryListKind {
    PUBLIC("Public list", "Organisations that have signed the Compact"),
    INTERNAL("Internal contact list", "Compact signatories: contact list (internal, not for publication)");

    private final String label;
    private final String title;

    SignatoryListKind(String label, String title) {
        this.label = label;
        this.title = title;
    }

    public String label() {
        return label;
    }

    /** The title printed at the top of every page. */
    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return label;
    }
}
