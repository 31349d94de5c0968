package org.compactregister.letter;

import org.compactregister.pdf.Typeface;

/** Something drawn on a letter's page, at a place in points from the page's bottom left. */
sealed interface Ink {

    /** A line of text with its left end (or, right-aligned, its right end) at x and its baseline at y. */
    record Words(Typeface face, String text, float x, float y, float size, boolean rightAligned, float grey)
            implements Ink {
    }

    /** The letterhead logo, fitted into its box. */
    record Logo(byte[] image, float x, float y, float width, float height) implements Ink {
    }

    /** A thin rule across the page. */
    record Rule(float x1, float x2, float y, float grey) implements Ink {
    }
}
