package org.compactregister.form;

/**
 * A rectangle on the form's page in PDF points (1/72 inch), measured from the page's top-left
 * corner (x to the right, y downwards), as a picture of the page is. {@link #pdfY(float)} gives the
 * PDF's own y (upwards from the bottom).
 */
public record PageRect(float x, float y, float width, float height) {

    public float right() {
        return x + width;
    }

    public float bottom() {
        return y + height;
    }

    /** The PDF y (from the page's bottom) of this rectangle's lower edge on a page {@code pageHeight} points high. */
    public float pdfY(float pageHeight) {
        return pageHeight - bottom();
    }

    /** This rectangle grown by {@code margin} points on every side. */
    public PageRect grown(float margin) {
        return new PageRect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    public boolean contains(float px, float py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }
}
