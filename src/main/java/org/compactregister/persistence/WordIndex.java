package org.compactregister.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search words of every signatory, held in memory: a sorted map from each word to the
 * signatories (by slot number) found by it, and the word's three-letter pieces, so that a typed word
 * is found three ways, best first:
 * <ol>
 *   <li>{@link #EXACT}: it starts a word ("leic" finds Leicester);</li>
 *   <li>{@link #INSIDE}: three letters or more inside a word ("cester" finds Leicester);</li>
 *   <li>{@link #ONE_SLIP}: five letters or more that start a word but for one wrong, missing, extra or
 *       swapped letter ("liecester", "leicster" find Leicester).</li>
 * </ol>
 * The last two are for words of letters only: a postcode or phone number is found by its start.
 * Not thread-safe: {@link SearchIndex} guards it.
 */
final class WordIndex {

    static final byte EXACT = 0;
    static final byte INSIDE = 1;
    static final byte ONE_SLIP = 2;
    /** No match: higher than every tier. */
    static final byte NONE = 3;

    static final int INSIDE_FROM_LETTERS = 3;
    static final int SLIP_FROM_LETTERS = 5;

    /** A distinct word: its number (for the piece lists) and the slots of the signatories it finds. */
    private static final class Word {
        final int number;
        final String text;
        int[] slots = new int[1];
        int size;

        Word(int number, String text) {
            this.number = number;
            this.text = text;
        }

        void add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
        }

        void remove(int slot) {
            for (int i = 0; i < size; i++) {
                if (slots[i] == slot) {
                    slots[i] = slots[--size];
                    return;
                }
            }
        }
    }

    /** Every word, to find it by its text. */
    private final Map<String, Word> byText = new HashMap<>();
    /** The words in order as of the last {@link #seal}: a range of them is a binary search away. */
    private String[] sortedTexts = new String[0];
    private Word[] sortedWords = new Word[0];
    /** Words first seen since the last {@link #seal}, in order (none while the register is first read). */
    private final TreeMap<String, Word> recent = new TreeMap<>();
    private boolean sealed;
    private final List<Word> byNumber = new ArrayList<>();
    /**
     * Each three-letter piece, to the numbers (ascending) of the words of four letters or more holding
     * it; words of letters only (an email address whole, a phone number or a postcode has none).
     */
    private final Map<String, int[]> pieces = new HashMap<>();

    /** Adds a signatory's words under its slot; returns their numbers, for {@link #remove}. */
    int[] add(int slot, java.util.Collection<String> signatoryWords) {
        int[] numbers = new int[signatoryWords.size()];
        int n = 0;
        for (String text : signatoryWords) {
            Word word = byText.get(text);
            if (word == null) {
                word = new Word(byNumber.size(), text);
                byText.put(text, word);
                if (sealed) {
                    recent.put(text, word);
                }
                byNumber.add(word);
                if (text.length() > INSIDE_FROM_LETTERS && text.chars().allMatch(Character::isLetter)) {
                    addPieces(word);
                }
            }
            word.add(slot);
            numbers[n++] = word.number;
        }
        return numbers;
    }

    /** Puts every word in order, once the register has been read (and again when many words are new). */
    void seal() {
        Word[] all = byText.values().toArray(new Word[0]);
        Arrays.sort(all, (a, b) -> a.text.compareTo(b.text));
        sortedWords = all;
        sortedTexts = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            sortedTexts[i] = all[i].text;
        }
        recent.clear();
        sealed = true;
    }

    /** Seals again when many words have come since the last time, so ranges stay mostly binary searches. */
    void sealWhenManyAreNew() {
        if (recent.size() > 20_000) {
            seal();
        }
    }

    void remove(int slot, int[] numbers) {
        for (int number : numbers) {
            byNumber.get(number).remove(slot);
        }
    }

    private void addPieces(Word word) {
        String previous = null;
        for (int i = 0; i + INSIDE_FROM_LETTERS <= word.text.length(); i++) {
            String piece = word.text.substring(i, i + INSIDE_FROM_LETTERS);
            if (piece.equals(previous)) {
                continue;
            }
            int[] list = pieces.get(piece);
            if (list == null) {
                pieces.put(piece, new int[] {1, word.number});
            } else if (list[list[0]] != word.number) {
                if (list[0] + 1 == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    pieces.put(piece, list);
                }
                list[++list[0]] = word.number;
            }
            previous = piece;
        }
    }

    /**
     * Marks in {@code best} (one entry per slot, {@link #NONE} where nothing matched yet) the best
     * tier by which {@code typed} finds each signatory.
     */
    void match(String typed, byte[] best) {
        mark(startingWith(typed), EXACT, best);
        if (!typed.chars().allMatch(Character::isLetter)) {
            return; // postcodes, phone numbers and dates are found by their start only
        }
        if (typed.length() >= INSIDE_FROM_LETTERS) {
            for (Word word : holding(typed)) {
                mark(word, INSIDE, best);
            }
        }
        if (typed.length() >= SLIP_FROM_LETTERS) {
            for (String variant : slips(typed)) {
                mark(startingWith(variant), ONE_SLIP, best);
            }
        }
    }

    /** The words that start with {@code prefix}, from the ordered ones and the recent ones. */
    private List<Word> startingWith(String prefix) {
        List<Word> found = new ArrayList<>();
        for (int i = ceilingIndex(prefix); i < sortedTexts.length && sortedTexts[i].startsWith(prefix); i++) {
            found.add(sortedWords[i]);
        }
        found.addAll(recent.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values());
        return found;
    }

    private int ceilingIndex(String key) {
        int at = Arrays.binarySearch(sortedTexts, key);
        return at >= 0 ? at : -at - 1;
    }

    /** The least word at or after {@code key}, or null. */
    private String ceiling(String key) {
        int at = ceilingIndex(key);
        String ordered = at < sortedTexts.length ? sortedTexts[at] : null;
        String newer = recent.ceilingKey(key);
        return ordered == null ? newer : newer == null || ordered.compareTo(newer) <= 0 ? ordered : newer;
    }

    private static void mark(List<Word> words, byte tier, byte[] best) {
        for (Word word : words) {
            mark(word, tier, best);
        }
    }

    private static void mark(Word word, byte tier, byte[] best) {
        int[] slots = word.slots;
        for (int i = 0; i < word.size; i++) {
            if (best[slots[i]] > tier) {
                best[slots[i]] = tier;
            }
        }
    }

    /** The words that hold {@code typed} somewhere after their first letter, found through their pieces. */
    private List<Word> holding(String typed) {
        int[] shortest = null;
        List<int[]> lists = new ArrayList<>();
        for (int i = 0; i + INSIDE_FROM_LETTERS <= typed.length(); i++) {
            int[] list = pieces.get(typed.substring(i, i + INSIDE_FROM_LETTERS));
            if (list == null) {
                return List.of();
            }
            lists.add(list);
            if (shortest == null || list[0] < shortest[0]) {
                shortest = list;
            }
        }
        List<Word> found = new ArrayList<>();
        for (int i = 1; i <= shortest[0]; i++) {
            int number = shortest[i];
            if (inAll(number, lists)) {
                Word word = byNumber.get(number);
                if (word.size > 0 && word.text.indexOf(typed, 1) > 0) {
                    found.add(word);
                }
            }
        }
        return found;
    }

    private static boolean inAll(int number, List<int[]> lists) {
        for (int[] list : lists) {
            if (Arrays.binarySearch(list, 1, list[0] + 1, number) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The starts of words one slip away from {@code typed}: a letter left out, one too many, one
     * wrong, or two side by side swapped. Letters are only tried where a word goes on with them.
     */
    private List<String> slips(String typed) {
        List<String> variants = new ArrayList<>();
        int n = typed.length();
        for (int i = 0; i < n; i++) {
            String before = typed.substring(0, i);
            String after = typed.substring(i + 1);
            variants.add(before + after); // one letter too many
            if (i + 1 < n) {
                variants.add(before + typed.charAt(i + 1) + typed.charAt(i) + typed.substring(i + 2)); // swapped
            }
            for (char next : nextLetters(before)) {
                if (next != typed.charAt(i)) {
                    variants.add(before + next + after); // a wrong letter
                    variants.add(before + next + typed.substring(i)); // a letter left out
                }
            }
        }
        return variants;
    }

    /** The letters that follow {@code prefix} in some word, each once, found by skipping through the map. */
    private List<Character> nextLetters(String prefix) {
        List<Character> letters = new ArrayList<>();
        String key = ceiling(prefix);
        while (key != null && key.startsWith(prefix)) {
            if (key.length() > prefix.length()) {
                char letter = key.charAt(prefix.length());
                letters.add(letter);
                if (letter == Character.MAX_VALUE) {
                    break;
                }
                key = ceiling(prefix + (char) (letter + 1));
            } else {
                key = ceiling(key + Character.MIN_VALUE);
            }
        }
        return letters;
    }
}
