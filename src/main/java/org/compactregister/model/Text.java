package org.compactregister.model;

/** Small rules for the text that staff type. */
public final class Text {

    private Text() {
    }

    /** Trims, folds runs of white space to one space, and turns null into an empty string. */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        return value.strip().replaceAll("[\\s\\u00A0]+", " ");
    }

    /** Like {@link #clean} but keeps line breaks (for notes). */
    public static String cleanMultiline(String value) {
        if (value == null) {
            return "";
        }
        return value.strip().replace("\r\n", "\n").replace('\r', '\n');
    }
}
