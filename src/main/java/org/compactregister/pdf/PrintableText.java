package org.compactregister.pdf;

import java.util.Optional;
import org.compactregister.model.PrintableLetters;

/**
 * Says, before anything is printed, whether a text can be printed correctly with the shipped
 * fonts: Latin with all its accents, Greek, Cyrillic, Arabic and Urdu (shaped, right to left),
 * Hebrew, Devanagari, Gujarati, Gurmukhi, Bengali, Tamil, and Chinese (Simplified and Traditional).
 * Anything else is refused with a message that names the letter, rather than printed as empty
 * boxes. The letters are those of {@link PrintableLetters}, the table the form entry checks
 * against, which this package's tests keep equal to the fonts.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** Why the text cannot be printed, or empty when it can. */
    public static Optional<String> problem(String text) {
        return PrintableLetters.problem(text);
    }

    /** The text with each letter that cannot be printed replaced by "?"; the text itself when all can be. */
    public static String printable(String text) {
        if (text == null || problem(text).isEmpty()) {
            return text;
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> printable.appendCodePoint(PrintableLetters.canPrint(cp) ? cp : '?'));
        return printable.toString();
    }
}
