package org.compactregister.model;

/** The kind of organisation that signs the Compact. */
public enum Sector {
    PUBLIC_SECTOR_PARTNER("Public sector partner", "Public sector"),
    VOLUNTARY_AND_COMMUNITY("Voluntary and community organisation", "Voluntary & community"),
    SOCIAL_ENTERPRISE("Social enterprise", "Social enterprise"),
    PRIVATE_SECTOR("Private sector", "Private sector");

    private final String label;
    private final String shortLabel;

    Sector(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** A shorter name for narrow columns: "Voluntary & community". */
    public String shortLabel() {
        return shortLabel;
    }

    /** The name office staff use for this sector. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
