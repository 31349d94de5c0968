package org.compactregister.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK postcodes: checked for shape and written the way Royal Mail writes them (upper case, one space).
 * The Crown dependencies' postcodes (JE, GY, IM) have the same shape; British Forces Post Office
 * numbers ({@code BFPO 57}) are accepted as the postcode of a forces address. Typed with a hyphen
 * ({@code LE1-1AA}) or with the letter O or I where the second half's digit belongs
 * ({@code LE1 OAA}), or in full-width characters ({@code ＬＥ１ ６ＡＢ}), it is read as the postcode it
 * plainly is; with its space where it splits it into another postcode ({@code LE2 13AA}), see
 * {@link #spaceInTheWrongPlace}.
 */
public final class UkPostcode {

    private static final Pattern SHAPE =
            Pattern.compile("^(GIR|[A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");
    private static final Pattern BFPO = Pattern.compile("^BFPO([1-9][0-9]{0,3})$");
    /** A hyphen where the space between the halves goes: {@code LE1-1AA}, {@code LE1 - 1AA}. */
    private static final Pattern HYPHEN_BETWEEN_HALVES = Pattern.compile("^(\\S{2,4})\\s*-\\s*(\\S{3})$");
    private static final Pattern OUTWARD = Pattern.compile("^(GIR|[A-Z]{1,2}[0-9][A-Z0-9]?)$");

    private UkPostcode() {
    }

    /**
     * The postcode in its standard form ({@code le1 1aa} becomes {@code LE1 1AA}), or empty when the
     * text is not shaped like a UK postcode. {@code bfpo 57} becomes {@code BFPO 57}. Spaces of any
     * kind and invisible characters inside are ignored.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = compact(typed);
        Matcher bfpo = BFPO.matcher(compact);
        if (bfpo.matches()) {
            return Optional.of("BFPO " + bfpo.group(1));
        }
        Matcher matcher = SHAPE.matcher(digitWhereOneBelongs(compact));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (matcher.group(1).equals("GIR") && !matcher.group(2).equals("0AA")) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + " " + matcher.group(2));
    }

    /**
     * True when {@code typed} is read as a postcode only by taking a letter O or I for the digit
     * that belongs there ({@code LE1 OAA} as {@code LE1 0AA}), so that an import can say so.
     */
    public static boolean readsALetterAsADigit(String typed) {
        if (typed == null || normalise(typed).isEmpty()) {
            return false;
        }
        String compact = compact(typed);
        return !compact.startsWith("BFPO") && !digitWhereOneBelongs(compact).equals(compact);
    }

    /**
     * True when {@code typed} is only the first half of a postcode ({@code LE11}, {@code le2}), so
     * that a refusal can ask for the second half.
     */
    public static boolean isFirstHalfOnly(String typed) {
        // typed as one word: "LE1 5" is a postcode cut short, not the first half LE15
        return typed != null && !Text.clean(typed).strip().contains(" ") && OUTWARD.matcher(compact(typed)).matches();
    }

    /**
     * The postcode {@code typed} is when its space splits it elsewhere than the standard form does,
     * so that tidying it would make another postcode ({@code LE2 13AA} is {@code LE21 3AA} tidied):
     * a suggestion to check, not a correction. Empty when the space is right, when there is none
     * ({@code LE213AA} is tidied) or when it is no postcode.
     */
    public static Optional<String> spaceInTheWrongPlace(String typed) {
        Optional<String> standard = normalise(typed);
        if (standard.isEmpty() || standard.get().equals(typed) || standard.get().startsWith("BFPO")) {
            return Optional.empty();
        }
        String spaced = HYPHEN_BETWEEN_HALVES.matcher(Text.clean(Text.foldLookAlikes(typed)).strip())
                .replaceFirst("$1 $2").toUpperCase(Locale.UK);
        int lastSpace = spaced.lastIndexOf(' ');
        if (lastSpace < 0) {
            return Optional.empty();
        }
        String before = spaced.substring(0, lastSpace).replace(" ", "");
        String outward = standard.get().substring(0, standard.get().indexOf(' '));
        if (hasSpaceAfter(spaced, outward.length())) {
            return Optional.empty(); // N1 9 GU: a space where the standard form has it, and one more
        }
        return OUTWARD.matcher(before).matches() && !before.equals(outward) ? standard : Optional.empty();
    }

    /** True when {@code spaced} has a space right after its first {@code letters} characters other than spaces. */
    private static boolean hasSpaceAfter(String spaced, int letters) {
        int seen = 0;
        for (int i = 0; i < spaced.length(); i++) {
            if (spaced.charAt(i) == ' ') {
                if (seen == letters) {
                    return true;
                }
            } else {
                seen++;
            }
        }
        return false;
    }

    /** Upper case, without spaces of any kind, invisible characters or one hyphen between the halves. */
    private static String compact(String typed) {
        String text = HYPHEN_BETWEEN_HALVES.matcher(Text.clean(Text.foldLookAlikes(typed)).strip()).replaceFirst("$1$2");
        return text.replace(" ", "").toUpperCase(Locale.UK);
    }

    /**
     * The second half of a postcode always begins with a digit: a letter O or I there is the 0 or 1
     * it looks like ({@code LE1OAA} is {@code LE10AA}).
     */
    private static String digitWhereOneBelongs(String compact) {
        if (compact.length() < 5) {
            return compact;
        }
        int at = compact.length() - 3;
        char c = compact.charAt(at);
        if (c != 'O' && c != 'I') {
            return compact;
        }
        return compact.substring(0, at) + (c == 'O' ? '0' : '1') + compact.substring(at + 1);
    }
}
