package org.compactregister.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whether two very similar organisation names still name two organisations, by the words in which
 * they differ. A word typed with a slip ("Shar" for "Share", "Center" for "Centre", "Groups" for
 * "Group") does not tell them apart; a different word does ("Men's" and "Women's", "North" and
 * "South", "1st" and "2nd"), and so do added words that say who or what a group is for ("St Mark's
 * Church" and "St Mark's Church Toddler Group"). Added words that say neither, such as a place
 * ("Oak Tree Trust Leicester") or only the kind of body ("Oakwell Carers Group"), do not.
 */
final class DistinguishingWords {

    /** Words that say who a group is for or what it does. */
    private static final Set<String> WHO_OR_WHAT = Set.of(
            "men", "mens", "women", "womens", "ladies", "gents", "boys", "girls", "youth", "young", "children",
            "childrens", "kids", "toddler", "toddlers", "baby", "babies", "parent", "parents", "mums", "dads",
            "family", "families", "elders", "elderly", "older", "senior", "seniors", "junior", "juniors", "carers",
            "veterans", "students", "deaf", "blind", "lgbt", "lgbtq", "lunch", "breakfast", "luncheon", "playgroup",
            "nursery", "preschool", "school", "choir", "scouts", "guides", "brownies", "cubs", "beavers", "rainbows",
            "football", "cricket", "bowls", "sports", "allotment", "allotments", "foodbank", "food", "library",
            "shed", "dementia", "bereavement", "refugee", "refugees", "mental", "health", "north", "south", "east",
            "west", "upper", "lower", "first", "second", "third");

    private DistinguishingWords() {
    }

    /** True when the names (as {@link OrganisationName#matchKey} gives them) differ by a word that tells them apart. */
    static boolean tellApart(String keyA, String keyB) {
        List<String> onlyA = words(keyA);
        List<String> onlyB = words(keyB);
        for (String word : List.copyOf(onlyA)) {
            if (onlyB.remove(word)) {
                onlyA.remove(word);
            }
        }
        for (String word : List.copyOf(onlyA)) {
            for (String other : onlyB) {
                if (slip(word, other)) {
                    onlyA.remove(word);
                    onlyB.remove(other);
                    break;
                }
            }
        }
        if (!onlyA.isEmpty() && !onlyB.isEmpty()) {
            return true;
        }
        List<String> added = onlyA.isEmpty() ? onlyB : onlyA;
        return added.stream().anyMatch(word -> WHO_OR_WHAT.contains(word) || hasDigit(word));
    }

    /**
     * The words, each without a plural "s" (so "groups" and "group" are one word), and letters
     * written apart joined ("C.I.C." and "CIC" are one word).
     */
    private static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (String word : Arrays.asList(key.split(" "))) {
            if (word.length() == 1) {
                initials.append(word);
                continue;
            }
            if (initials.length() > 0) {
                words.add(initials.toString());
                initials.setLength(0);
            }
            if (!word.isEmpty()) {
                words.add(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                        && !WHO_OR_WHAT.contains(word) ? word.substring(0, word.length() - 1) : word);
            }
        }
        if (initials.length() > 0) {
            words.add(initials.toString());
        }
        return words;
    }

    /**
     * True when one word is the other typed with a slip: one letter wrong, missing, added or two
     * swapped (two for words of eight letters or more), and neither says who or what, nor holds a
     * number.
     */
    private static boolean slip(String a, String b) {
        if (hasDigit(a) || hasDigit(b) || WHO_OR_WHAT.contains(a) || WHO_OR_WHAT.contains(b)) {
            return false;
        }
        int allowed = Math.min(a.length(), b.length()) >= 8 ? 2 : 1;
        return Math.min(a.length(), b.length()) >= 3 && distance(a, b) <= allowed;
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    /** Edits (a letter changed, added, removed, or two neighbours swapped) from one word to the other. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
