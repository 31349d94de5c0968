package org.compactregister.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a line of text into the pieces it is drawn in, left to right (ICU4J's bidi): left-to-right
 * pieces, and right-to-left ones (Arabic, Urdu, Pashto, Hebrew) whose letters a shaper joins and
 * lays out from their logical order, or which are drawn reversed with mirrored brackets
 * ({@link #reversed}). Text with no right-to-left letters is one left-to-right piece.
 */
final class VisualText {

    /** A piece of the line, its letters in logical (typed) order, and whether it reads right to left. */
    record Piece(String text, boolean rightToLeft) {
    }

    private VisualText() {
    }

    /** The pieces of {@code logical}, in the order they stand on the line from the left. */
    static List<Piece> pieces(String logical) {
        if (beforeHebrew(logical) || !Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
            return List.of(new Piece(logical, false));
        }
        Bidi bidi = new Bidi(logical, Bidi.LEVEL_DEFAULT_LTR);
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < bidi.countRuns(); i++) {
            BidiRun run = bidi.getVisualRun(i);
            pieces.add(new Piece(logical.substring(run.getStart(), run.getLimit()), run.isOddRun()));
        }
        return pieces;
    }

    /**
     * A right-to-left piece as it is drawn by a font that does not shape it (Hebrew): letters
     * reversed, brackets mirrored, each accent just before its letter, where such a font draws it.
     */
    static String reversed(String piece) {
        return Bidi.writeReverse(piece, Bidi.DO_MIRRORING);
    }

    /**
     * The mark to put before each wrapped line of {@code paragraph}, so that every line reads in the
     * paragraph's direction, not in that of its own first word: a right-to-left mark when the
     * paragraph's first letter with a direction reads right to left (Arabic, Hebrew), a left-to-right
     * mark when it reads left to right but holds right-to-left letters (a line of it may start with
     * an Arabic name), else nothing.
     */
    static String directionMark(String paragraph) {
        if (beforeHebrew(paragraph) || !Bidi.requiresBidi(paragraph.toCharArray(), 0, paragraph.length())) {
            return "";
        }
        return Bidi.getBaseDirection(paragraph) == Bidi.RTL ? "\u200F" : "\u200E";
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
