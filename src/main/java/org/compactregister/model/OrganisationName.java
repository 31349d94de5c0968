package org.compactregister.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the register tells that two organisation names mean the same organisation: case, accents,
 * punctuation, a leading "The" and a closing "Ltd" or "Limited" do not count.
 */
public final class OrganisationName {

    private static final double VERY_SIMILAR = 0.8;

    private OrganisationName() {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC]");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The name reduced to what tells organisations apart: {@code "The Oak Tree Trust Ltd."} gives {@code "oak tree trust"}. */
    public static String matchKey(String name) {
        String cleaned = Text.clean(name);
        List<String> words = Text.isAscii(cleaned) ? asciiWords(cleaned) : words(cleaned);
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

    /** The words of the name: accents taken off, lower case, "&" as "and", apostrophes dropped. */
    private static List<String> words(String cleaned) {
        String text = MARKS.matcher(Normalizer.normalize(cleaned, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        text = APOSTROPHES.matcher(text).replaceAll("");
        text = NOT_LETTERS_OR_DIGITS.matcher(text).replaceAll(" ").strip();
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        words.removeIf(String::isEmpty);
        return words;
    }

    /**
     * {@link #words} for ASCII text, without the normaliser and the patterns: ASCII has no accents,
     * so letters and digits make the words, "&" is the word "and", an apostrophe is dropped and
     * anything else ends a word.
     */
    private static List<String> asciiWords(String cleaned) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                word.append((char) (c + ('a' - 'A')));
            } else if (c != '\'') {
                endWord(words, word);
                if (c == '&') {
                    words.add("and");
                }
            }
        }
        endWord(words, word);
        return words;
    }

    private static void endWord(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
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
        return verySimilarKeys(matchKey(a), matchKey(b));
    }

    /** {@link #verySimilar} for two names' match keys ({@link #matchKey}). */
    static boolean verySimilarKeys(String keyA, String keyB) {
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
        int most = 0;
        while (most < longer.length() && 1.0 - (double) (most + 1) / longer.length() >= VERY_SIMILAR) {
            most++;
        }
        // the same as 1 - levenshtein / longer >= VERY_SIMILAR, without counting past the most edits allowed
        return withinDistance(keyA, keyB, most);
    }

    /**
     * True when {@link #levenshtein}{@code (a, b) <= most}, found by filling only the cells within
     * {@code most} of the diagonal and stopping once a whole row is further than {@code most}.
     */
    static boolean withinDistance(String a, String b, int most) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > most) {
            return false;
        }
        int far = most + 1;
        int[] previous = new int[m + 2];
        int[] current = new int[m + 2];
        for (int j = 0; j <= m + 1; j++) {
            previous[j] = Math.min(j, far);
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - most);
            int to = Math.min(m, i + most);
            current[from - 1] = from == 1 ? Math.min(i, far) : far;
            int rowLeast = current[from - 1];
            char ai = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int cost = ai == b.charAt(j - 1) ? 0 : 1;
                int cell = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = Math.min(cell, far);
                rowLeast = Math.min(rowLeast, current[j]);
            }
            current[to + 1] = far;
            if (rowLeast > most) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m] <= most;
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
