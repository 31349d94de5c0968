package org.compactregister.model;

/** The kind of organisation that signs the Compact. */
public enum Sector {
    PUBLIC_SECTOR_PARTNER("Public sector partner"),
    VOLUNTARY_AND_COMMUNITY("Voluntary and community organisation"),
    SOCIAL_ENTERPRISE("Social enterprise"),
    PRIVATE_SECTOR("Private sector");

    private final String label;

    Sector(String label) {
        this.label = label;
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
