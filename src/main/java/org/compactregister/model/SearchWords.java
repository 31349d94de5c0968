package org.compactregister.model;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words under which a signatory can be found by typing the start of any of them: words of the
 * organisation and the signatory's name, the postcode (with and without its space), the email
 * address and its parts, and the phone number (whole, and in its groups).
 */
public final class SearchWords {

    public static final int MAX_WORD_LENGTH = 60;

    private SearchWords() {
    }

    public static Set<String> of(CommitmentForm form) {
        Set<String> words = new LinkedHashSet<>();
        addWords(words, form.organisation());
        words.add(OrganisationName.matchKey(form.organisation()).replace(" ", ""));
        addWords(words, form.signatoryName());
        String postcode = form.address().postcode();
        addWords(words, postcode);
        words.add(fold(postcode).replace(" ", ""));
        String email = form.email();
        if (!email.isEmpty()) {
            words.add(fold(email));
            addWords(words, email);
        }
        for (String phone : List.of(form.telephone(), form.secondTelephone())) {
            if (!phone.isEmpty()) {
                String number = UkPhoneNumber.withoutExtension(phone);
                words.add(number.replaceAll("[^0-9]", ""));
                addWords(words, number);
            }
        }
        words.removeIf(String::isEmpty);
        Set<String> bounded = new LinkedHashSet<>();
        for (String word : words) {
            bounded.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word);
        }
        return bounded;
    }

    /** The words typed in a search box, folded the same way as the stored words. */
    public static Set<String> ofQuery(String typed) {
        Set<String> words = new LinkedHashSet<>();
        addWords(words, typed);
        words.removeIf(String::isEmpty);
        return words;
    }

    private static void addWords(Set<String> into, String text) {
        String folded = fold(text);
        if (Text.isAscii(folded)) {
            addAsciiWords(into, folded);
            return;
        }
        for (String word : folded.replaceAll("['\u2019\u02BC]", "").split("[^\\p{L}\\p{N}]+")) {
            into.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word);
        }
    }

    /** The same split as the patterns above, by hand, for text of ASCII letters and signs only (most is). */
    private static void addAsciiWords(Set<String> into, String folded) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (c == '\'') {
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                word.append(c);
            } else if (!word.isEmpty() || i == 0) {
                into.add(word.length() > MAX_WORD_LENGTH ? word.substring(0, MAX_WORD_LENGTH) : word.toString());
                word.setLength(0);
            }
        }
    }

    /** Lower case without accents, so "Zoë" is found by "zoe". */
    public static String fold(String text) {
        String clean = Text.clean(text);
        if (Text.isAscii(clean)) {
            return clean.toLowerCase(Locale.ROOT);
        }
        return Normalizer.normalize(Text.clean(text), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
