package org.compactregister.letter;

/** Where things go on an A4 letter, in points, with UK window-envelope (DL) conventions. */
final class LetterPage {

    static final float MM = 72f / 25.4f;
    static final float WIDTH = 210 * MM;
    static final float HEIGHT = 297 * MM;

    static final float LEFT = 20 * MM;
    static final float RIGHT = WIDTH - 20 * MM;

    /** The DL envelope window: 20 mm from the left, 50 mm from the top, 90 × 35 mm. */
    static final float WINDOW_LEFT = 20 * MM;
    static final float WINDOW_TOP_FROM_TOP = 50 * MM;
    static final float WINDOW_WIDTH = 90 * MM;
    static final float WINDOW_HEIGHT = 35 * MM;
    /** The address keeps this far inside the window's edges, so a letter that shifts a little still shows it all. */
    static final float WINDOW_MARGIN = 4 * MM;

    static final float BODY_TOP_FIRST_PAGE = 100 * MM;
    static final float BODY_TOP_LATER_PAGES = 25 * MM;
    static final float BODY_BOTTOM = 25 * MM;
    static final float PAGE_NUMBER_Y = 12 * MM;

    private LetterPage() {
    }

    /** The y of a distance measured down from the top of the page. */
    static float fromTop(float distance) {
        return HEIGHT - distance;
    }
}
