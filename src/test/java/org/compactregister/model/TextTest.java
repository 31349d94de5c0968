package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
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
}
