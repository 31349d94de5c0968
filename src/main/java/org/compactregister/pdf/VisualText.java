package org.compactregister.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Puts a line of text into the order it is drawn in, left to right: Arabic letters joined
 * (ICU4J's shaping) and right-to-left runs (Arabic, Urdu, Hebrew) reversed with mirrored brackets
 * (ICU4J's bidi); an accent comes just before its letter, where a right-to-left font draws it.
 * Text with no right-to-left letters comes back unchanged.
 */
final class VisualText {

    private VisualText() {
    }

    static String of(String logical) {
        if (beforeHebrew(logical) || !Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
            return logical;
        }
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
                    .shape(logical);
        } catch (ArabicShapingException e) {
            shaped = logical;
        }
        Bidi bidi = new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    /**
     * True when every letter comes before the Hebrew block (U+0590): none of those is written
     * right to left or is a bidi control, so the text needs no reordering and ICU4J is not asked.
     */
    private static boolean beforeHebrew(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0590') {
                return false;
            }
        }
        return true;
    }
}
