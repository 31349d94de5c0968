package org.compactregister.form;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where everything is on the printed commitment form (one A4 page), in PDF points from the page's
 * top-left corner. The printing ({@link CommitmentFormPdf}) draws from it and the box cutting
 * ({@link PagePlacement}) cuts from it, so the two cannot disagree.
 *
 * <p>From the top: the title; the QR code (25 mm, top right) with the form's reference printed to
 * its left; the office's Compact text; the six boxes in the paper form's order (Name, Date, On behalf
 * of Organisation, Address, Tel, Email), each with its label to the left; the return address.
 */
public final class CommitmentFormLayout {

    /** A4 in points. */
    public static final float PAGE_WIDTH = 595.28f;
    public static final float PAGE_HEIGHT = 841.89f;
    public static final float MARGIN = 42f;
    /** One millimetre in points. */
    public static final float MM = 72f / 25.4f;

    /** The QR code's printed square (its modules only; the white around it is the quiet zone). */
    public static final PageRect QR = new PageRect(PAGE_WIDTH - MARGIN - 25 * MM, 36f, 25 * MM, 25 * MM);
    /** Where the reference is printed, right-aligned, level with the QR code's middle. */
    public static final PageRect REFERENCE = new PageRect(QR.x() - 170f - 18f, QR.y() + QR.height() / 2 - 10f, 170f, 20f);
    public static final PageRect TITLE = new PageRect(MARGIN, 44f, 300f, 24f);
    /** The office's Compact text, wrapped to this width; it must fit this height. */
    public static final PageRect COMPACT_TEXT = new PageRect(MARGIN, 120f, PAGE_WIDTH - 2 * MARGIN, 255f);
    public static final PageRect RETURN_ADDRESS = new PageRect(MARGIN, 728f, PAGE_WIDTH - 2 * MARGIN, 70f);

    /** Labels sit left of the boxes, in this width. */
    public static final float LABEL_WIDTH = 120f;
    private static final float BOX_TOP = 395f;
    private static final float BOX_GAP = 10f;
    private static final float LINE_BOX_HEIGHT = 34f;
    private static final float ADDRESS_BOX_HEIGHT = 84f;

    private static final Map<FormBox, PageRect> BOXES = new EnumMap<>(FormBox.class);

    static {
        float y = BOX_TOP;
        float x = MARGIN + LABEL_WIDTH;
        float width = PAGE_WIDTH - MARGIN - x;
        for (FormBox box : FormBox.values()) {
            float height = box.multiline() ? ADDRESS_BOX_HEIGHT : LINE_BOX_HEIGHT;
            BOXES.put(box, new PageRect(x, y, width, height));
            y += height + BOX_GAP;
        }
    }

    private CommitmentFormLayout() {
    }

    /** The rectangle of one box (its drawn border), in points from the page's top-left corner. */
    public static PageRect box(FormBox box) {
        return BOXES.get(box);
    }

    /** Where the label of a box is printed: left of the box, level with its first line. */
    public static PageRect label(FormBox box) {
        PageRect rect = box(box);
        return new PageRect(MARGIN, rect.y(), LABEL_WIDTH - 8f, LINE_BOX_HEIGHT);
    }
}
