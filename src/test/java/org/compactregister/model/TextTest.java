package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"LE1\u202F6AB", "LE1\u2009 6AB", "LE1\u00A06AB", "LE1\u20076AB", "LE1\u30006AB",
        "\uFEFFLE1 6AB", " LE1 \u200B6AB\u200B", "LE1\u00AD 6AB", "\u200ELE1 6AB\u200F", "LE1\t6AB", "LE1\u2060 6AB"})
    void everyKindOfSpaceBecomesOneSpaceAndInvisibleCharactersGo(String pasted) {
        assertEquals("LE1 6AB", Text.clean(pasted));
    }

    @Test
    void decomposedAccentsAreStoredComposed() {
        String decomposed = Normalizer.normalize("Zoë Brontë, Café Société, Łódź, Ñuñoa", Normalizer.Form.NFD);
        String clean = Text.clean(decomposed);
        assertEquals("Zoë Brontë, Café Société, Łódź, Ñuñoa", clean);
        assertEquals(Normalizer.normalize(clean, Normalizer.Form.NFC), clean);
        assertEquals("Renée\nCafé", Text.cleanMultiline(Normalizer.normalize("Renée\r\nCafé", Normalizer.Form.NFD)));
    }

    @Test
    void joinersThatScriptsNeedStayBetweenLetters() {
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"; // می‌خواهم
        assertEquals(persian, Text.clean(persian));
        String hindi = "\u0915\u094D\u200D\u0937"; // a half form made with a zero-width joiner
        assertEquals(hindi, Text.clean(hindi));
        assertEquals("LE2 7AB", Text.clean("LE2 \u200D7AB"));
    }

    @Test
    void multilineTextKeepsItsLinesAndCleansTheRest() {
        assertEquals("First line\nSecond\u0020line\nThird", Text.cleanMultiline("First line\r\nSecond\u2009line\u2028Third\u200B"));
    }

    @Test
    void theFormsFieldsAreCleanedWhicheverWayTheyCameIn() {
        CommitmentForm form = new CommitmentForm(Normalizer.normalize("Renée Dubois", Normalizer.Form.NFD), null,
                "Caf\u0065\u0301\u00A0Connect", new Address("1\u2009Fictional Road", "", "Leicester", "LE1\u200B6AB"),
                "0116\u202F496 0301", "renee@example.org\u200B", null, null, null, "");
        assertEquals("Renée Dubois", form.signatoryName());
        assertEquals("Café Connect", form.organisation());
        assertEquals("1 Fictional Road", form.address().line1());
        assertEquals("LE16AB", form.address().postcode());
        assertEquals("0116 496 0301", form.telephone());
        assertEquals("renee@example.org", form.email());
    }

    /** The rules of {@link Text#clean} and {@link Text#cleanMultiline} as patterns only, to hold their quick paths to. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B\\u2060-\\u2064\\uFEFF\\u00AD\\u180E\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069"
                    + "\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u007F-\\u009F]"
                    + "|(?<!\\p{L}\\p{M}{0,3})[\\u200C\\u200D]|[\\u200C\\u200D](?![\\p{L}\\p{M}])");

    private static String cleanByPatterns(String value) {
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
        String visible = INVISIBLE.matcher(nfc.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ")).replaceAll("");
        return visible.replaceAll("[\\p{Zs}\\t\\u000C]+", " ").strip();
    }

    private static String cleanMultilineByPatterns(String value) {
        String lines = Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("\\r\\n|[\\r\\u000B\\u0085\\u2028\\u2029]", "\n");
        return INVISIBLE.matcher(lines).replaceAll("").replaceAll("\\p{Zs}", " ").strip();
    }

    @Test
    void textThatIsAlreadyCleanIsFoundWithoutThePatternsAndCleanedTheSame() {
        String alphabet = "aZ9 .'-\n\r\t\u000C\u0001\u007F\u0085\u00A0\u00E9\u0065\u0301\u00AD\u200B\u200C\u200D"
                + "\u2009\u202F\u3000\u2028\uFEFF\u05D0\u0915\u094D\uD83D\uDE00\u212B\u00C5";
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = text.toString();
            assertEquals(cleanByPatterns(value), Text.clean(value), () -> "clean of " + escaped(value));
            assertEquals(cleanMultilineByPatterns(value), Text.cleanMultiline(value),
                    () -> "cleanMultiline of " + escaped(value));
        }
        for (String value : List.of("", "Oak Tree Trust", "Café Société", "Łódź", "Notes\nover two lines", " x", "x ")) {
            assertEquals(cleanByPatterns(value), Text.clean(value));
            assertEquals(cleanMultilineByPatterns(value), Text.cleanMultiline(value));
        }
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }
}
