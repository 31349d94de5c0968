package org.compactregister.pdf;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Optional;

/**
 * Says, before anything is printed, whether a text can be printed correctly with the shipped
 * fonts: Latin with all its accents, Greek, Cyrillic, Arabic (shaped and right to left), Gujarati
 * and Devanagari. Anything else is refused with a message that names the letter, rather than
 * printed as empty boxes.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** Why the text cannot be printed, or empty when it can. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            if (Character.isISOControl(cp) || FontFace.forCodePoint(cp) == null) {
                return Optional.of(describe(cp));
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses text that cannot be printed.
     *
     * @param what names the text for the user, for example {@code the organisation name of "Oak Trust"}
     */
    public static void require(String what, String text) {
        problem(text).ifPresent(reason -> {
            throw new UnprintableTextException("The " + what + " cannot be printed: " + reason
                    + ". Change it in the register (for example, write it in Latin letters as well) and try again.");
        });
    }

    private static String describe(int cp) {
        String letter = new String(Character.toChars(cp));
        if (Character.isISOControl(cp)) {
            return String.format("it contains an invisible control character (U+%04X)", cp);
        }
        UnicodeScript script = UnicodeScript.of(cp);
        String scriptName = script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return String.format("it contains \"%s\" (U+%04X, %s), which the letter fonts do not have", letter, cp,
                script == UnicodeScript.COMMON ? "a symbol" : scriptName + " script");
    }
}
