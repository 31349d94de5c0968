package org.compactregister.model;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts in words, one or many: "1 signatory", "1,204 signatories", "was" or "were". */
public final class Plural {

    private Plural() {
    }

    /** The count in plain digits and its word: {@code of(3, "signatory", "signatories")} is "3 signatories". */
    public static String of(long count, String one, String many) {
        return count + " " + word(count, one, many);
    }

    /** The count, with thousands marked as in the UK, and the word that fits it: {@code count(1204, "page", "pages")} is "1,204 pages". */
    public static String count(long count, String one, String many) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(count) + " " + word(count, one, many);
    }

    /** Only the word that fits the count: {@code word(1, "has", "have")} is "has". */
    public static String word(long count, String one, String many) {
        return count == 1 ? one : many;
    }
}
