package org.compactregister.model;

/** The order of a signatory list: grouped by sector (then by organisation), or one alphabetical list. */
public enum SignatoryListOrder {
    BY_SECTOR("Grouped by sector"),
    BY_ORGANISATION("One alphabetical list");

    private final String label;

    SignatoryListOrder(String label) {
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
