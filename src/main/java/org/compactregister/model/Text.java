package org.compactregister.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Small rules for the text that staff type, paste or import. Every field goes through {@link #clean}
 * or {@link #cleanMultiline}, so what is stored is the same whichever way it came in: in Unicode
 * NFC (an accent joined to its letter, as macOS does not write it), with every kind of space as a
 * plain space, and without the invisible characters that spreadsheets and web pages carry along.
 */
public final class Text {

    /**
     * Characters that take no room and mean nothing in a name, address or number: zero-width space,
     * word joiner, byte-order mark, soft hyphen, direction marks and embeddings, and control
     * characters other than line breaks and tabs. Zero-width (non-)joiners are kept between letters,
     * where scripts such as Persian, Hindi and Bengali need them, and dropped elsewhere.
     */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B\\u2060-\\u2064\\uFEFF\\u00AD\\u180E\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069"
                    + "\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F-\\u009F]"
                    + "|(?<!\\p{L}\\p{M}{0,3})[\\u200C\\u200D]|[\\u200C\\u200D](?![\\p{L}\\p{M}])");

    /** Every Unicode space (no-break, narrow, thin, figure, ideographic...) and tab. */
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\u000C]+");

    private static final Pattern BREAK_RUNS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

    private static final Pattern ZS = Pattern.compile("\\p{Zs}");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n|[\\r\\u000B\\u0085\\u2028\\u2029]");

    /** Dashes and hyphens that look like {@code -}: hyphen, non-breaking hyphen, figure, en and em dashes, minus... */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2043\\u2212\\uFE58\\uFE63\\uFF0D]");

    private Text() {
    }

    /**
     * {@code value} with the characters that look like ASCII read as ASCII, for postcodes, phone
     * numbers and dates, never names: full-width letters and digits ({@code ＬＥ１ ６ＡＢ}) and other
     * compatibility forms (Unicode NFKC), and every dash and hyphen as {@code -}. Null gives "".
     */
    public static String foldLookAlikes(String value) {
        if (value == null) {
            return "";
        }
        if (isAscii(value)) {
            return value;
        }
        return DASHES.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).replaceAll("-");
    }

    /**
     * Trims, folds runs of white space (line breaks included) to one space, drops invisible
     * characters, normalises to NFC, and turns null into an empty string.
     */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        if (alreadyClean(value)) {
            return value;
        }
        String visible = INVISIBLE.matcher(BREAK_RUNS.matcher(normalised(value)).replaceAll(" ")).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /** Like {@link #clean} but keeps line breaks (as {@code \n}) for notes and letter text. */
    public static String cleanMultiline(String value) {
        if (value == null) {
            return "";
        }
        if (alreadyCleanLines(value)) {
            return value;
        }
        String lines = LINE_BREAKS.matcher(normalised(value)).replaceAll("\n");
        return ZS.matcher(INVISIBLE.matcher(lines).replaceAll("")).replaceAll(" ").strip();
    }

    /**
     * True for text that cleaning leaves as it is, found without the patterns (most fields are): no
     * space at either end, never two spaces together, no other kind of space, no line break, no
     * invisible or control character, and (for text beyond ASCII) already in NFC.
     */
    private static boolean alreadyClean(String value) {
        int length = value.length();
        if (length == 0) {
            return true;
        }
        if (value.charAt(0) == ' ' || value.charAt(length - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c <= 0x7E) {
                if (c == ' ' && previous == ' ') {
                    return false;
                }
            } else if (c < 0xA0 || mayBeCleaned(c)) {
                return false;
            } else {
                ascii = false;
            }
            previous = c;
        }
        return ascii || !Character.isWhitespace(value.charAt(0)) && !Character.isWhitespace(value.charAt(length - 1))
                && Normalizer.isNormalized(value, Normalizer.Form.NFC);
    }

    /**
     * True for a character from U+00A0 on that cleaning may change or drop: a space of any kind, a
     * line or paragraph separator, or one of the invisible characters (joiners included).
     */
    private static boolean mayBeCleaned(char c) {
        return Character.getType(c) == Character.SPACE_SEPARATOR || c == '\u00AD' || c == '\u180E'
                || c >= '\u200B' && c <= '\u200F' || c >= '\u2028' && c <= '\u202E'
                || c >= '\u2060' && c <= '\u2069' || c == '\uFEFF';
    }

    /**
     * True for text that {@link #cleanMultiline} leaves as it is, found without the patterns (most
     * notes are empty): printable ASCII and LF, with no space or LF at either end.
     */
    private static boolean alreadyCleanLines(String value) {
        int length = value.length();
        if (length == 0) {
            return true;
        }
        char first = value.charAt(0);
        char last = value.charAt(length - 1);
        if (first == ' ' || first == '\n' || last == ' ' || last == '\n') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c > 0x7E) && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private static String normalised(String value) {
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** True when every character of {@code text} is ASCII (below U+0080), for the quick paths of names and words. */
    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
