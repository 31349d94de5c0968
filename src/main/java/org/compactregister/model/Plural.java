package org.compactregister.model;

/** A count and its word, as people write them: "1 signatory", "3 signatories", "0 signatories". */
public final class Plural {

    private Plural() {
    }

    /** The count in plain digits and its word: {@code of(3, "signatory", "signatories")} is "3 signatories". */
    public static String of(long count, String one, String many) {
        return count + " " + word(count, one, many);
    }

    /**
     * The word that goes with the count: {@code one} for exactly 1, {@code many} otherwise. For a
     * verb ("was", "were") or a count written another way ("1,204 rows").
     */
    public static String word(long count, String one, String many) {
        return count == 1 ? one : many;
    }
}
