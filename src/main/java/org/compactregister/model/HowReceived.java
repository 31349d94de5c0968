package org.compactregister.model;

/** How the signed commitment form reached the office. */
public enum HowReceived {
    POST("Post"),
    EMAIL("Email"),
    BY_HAND("By hand");

    private final String label;

    HowReceived(String label) {
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
