package org.compactregister.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How the register tells that two organisation names mean the same organisation: case, accents,
 * punctuation, a leading "The" and a closing "Ltd" or "Limited" do not count.
 */
public final class OrganisationName {

    private static final double VERY_SIMILAR = 0.8;

    private OrganisationName() {
    }

    /** The name reduced to what tells organisations apart: {@code "The Oak Tree Trust Ltd."} gives {@code "oak tree trust"}. */
    public static String matchKey(String name) {
        String text = Normalizer.normalize(Text.clean(name), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['\u2019\u02BC]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        words.removeIf(String::isEmpty);
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        if (words.size() > 1) {
            String last = words.get(words.size() - 1);
            if (last.equals("ltd") || last.equals("limited")) {
                words.remove(words.size() - 1);
            }
        }
        return String.join(" ", words);
    }

    /** True when the two names are the same name once case, punctuation, "The" and "Ltd" are set aside. */
    public static boolean sameName(String a, String b) {
        String keyA = matchKey(a);
        return !keyA.isEmpty() && keyA.equals(matchKey(b));
    }

    /**
     * True when the names are nearly the same: a typing slip or two, or one name inside the other
     * ("Oak Tree Trust" and "Oak Tree Trust Leicester").
     */
    public static boolean verySimilar(String a, String b) {
        String keyA = matchKey(a);
        String keyB = matchKey(b);
        if (keyA.isEmpty() || keyB.isEmpty()) {
            return false;
        }
        if (keyA.equals(keyB)) {
            return true;
        }
        String shorter = keyA.length() <= keyB.length() ? keyA : keyB;
        String longer = shorter == keyA ? keyB : keyA;
        if (shorter.length() >= 6 && (" " + longer + " ").contains(" " + shorter + " ")) {
            return true;
        }
        int distance = levenshtein(keyA, keyB);
        return 1.0 - (double) distance / longer.length() >= VERY_SIMILAR;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
