package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrganisationNameTest {

    @Test
    void theMatchKeyIgnoresCasePunctuationTheAndLimited() {
        assertEquals("oak tree trust", OrganisationName.matchKey("The Oak Tree Trust Ltd."));
        assertEquals("oak tree trust", OrganisationName.matchKey("OAK TREE TRUST LIMITED"));
        assertEquals("oak tree trust", OrganisationName.matchKey("  oak-tree   trust "));
        assertEquals("cafe and community", OrganisationName.matchKey("Café & Community"));
        assertEquals("the", OrganisationName.matchKey("The"), "a name that is only 'The' keeps it");
    }

    @Test
    void sameNameMeansTheSameOrganisation() {
        assertTrue(OrganisationName.sameName("The Oakwell Men's Shed", "oakwell mens shed ltd"));
        assertFalse(OrganisationName.sameName("Oakwell Men's Shed", "Oakwell Women's Network"));
        assertFalse(OrganisationName.sameName("", ""));
    }

    @Test
    void verySimilarCatchesSlipsAndNamesInsideNames() {
        assertTrue(OrganisationName.verySimilar("Kingsmere Food Share", "Kingsmere Food Shar"));
        assertTrue(OrganisationName.verySimilar("Kingsmere Food Share", "Kingsmere Food Share Leicester"));
        assertFalse(OrganisationName.verySimilar("Kingsmere Food Share", "Kingsmere Youth Club"));
        assertFalse(OrganisationName.verySimilar("Age", "Age Concern Kingsmere"), "too short to count as inside");
    }

    @Test
    void aDuplicateIsTheSameNameOrTheSamePostcodeAndAVerySimilarName() {
        CommitmentForm existing = form("Oakwell Carers Group", "LE2 3AB");
        assertTrue(DuplicateRule.isLikelyDuplicate(form("The Oakwell Carers Group Ltd", "LE9 9ZZ"), existing));
        assertTrue(DuplicateRule.isLikelyDuplicate(form("Oakwell Carer's Groups", "LE2 3AB"), existing));
        assertFalse(DuplicateRule.isLikelyDuplicate(form("Oakwell Carer's Groups", "LE9 9ZZ"), existing));
        assertFalse(DuplicateRule.isLikelyDuplicate(form("Oakwell Youth Club", "LE2 3AB"), existing));
    }

    private static CommitmentForm form(String organisation, String postcode) {
        return new CommitmentForm("Amelia Whitfield", LocalDate.of(2025, 3, 1), organisation,
                new Address("1 Mill Street", "", "Leicester", postcode), "", "", Sector.VOLUNTARY_AND_COMMUNITY,
                null, null, "");
    }

    /** {@link OrganisationName#matchKey} as patterns only, to hold its quick path for ASCII names to. */
    private static String matchKeyByPatterns(String name) {
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
        if (words.size() > 1 && (words.get(words.size() - 1).equals("ltd") || words.get(words.size() - 1).equals("limited"))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    @Test
    void theMatchKeyOfAnyNameIsTheOneThePatternsGive() {
        List<String> pieces = List.of("The", "the", "THE", "Ltd", "ltd.", "Limited", "Oak", "O'Brien", "Men\u2019s",
                "Caf\u00E9", "Cafe\u0301", "&", "&amp;", "-", "  ", "\t", ",", "1st", "St.", "\u00C5", "\uFB01sh",
                "\u00A0", "'", "\u02BC", "a", "Z", "9", "(", ")", "/", "\u200B", "\u0130", "K");
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            int count = random.nextInt(6);
            for (int j = 0; j < count; j++) {
                name.append(pieces.get(random.nextInt(pieces.size())));
                if (random.nextBoolean()) {
                    name.append(' ');
                }
            }
            String typed = name.toString();
            assertEquals(matchKeyByPatterns(typed), OrganisationName.matchKey(typed), () -> "key of \"" + typed + "\"");
        }
    }

    @Test
    void theBoundedEditDistanceAgreesWithTheWholeOne() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String a = randomWord(random);
            String b = random.nextInt(3) == 0 ? a : randomWord(random);
            int distance = OrganisationName.levenshtein(a, b);
            for (int most = 0; most <= 7; most++) {
                assertEquals(distance <= most, OrganisationName.withinDistance(a, b, most),
                        "\"" + a + "\" and \"" + b + "\" within " + most);
            }
            int longer = Math.max(a.length(), b.length());
            boolean similarByWholeDistance = !a.isEmpty() && !b.isEmpty() && (a.equals(b)
                    || 1.0 - (double) distance / longer >= 0.8);
            if (!a.contains(" ") && !b.contains(" ")) {
                assertEquals(similarByWholeDistance, OrganisationName.verySimilarKeys(a, b), a + " / " + b);
            }
        }
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(16);
        for (int i = 0; i < length; i++) {
            word.append("abcde".charAt(random.nextInt(5)));
        }
        return word.toString();
    }

    @Test
    void aDuplicateIsFoundWithAccentsAndApostrophesTheSameWay() {
        CommitmentForm existing = form("Caf\u00E9 & Men\u2019s Shed", "LE2 3AB");
        assertTrue(DuplicateRule.isLikelyDuplicate(form("The CAFE AND MENS SHED LTD", "LE9 9ZZ"), existing));
        assertTrue(DuplicateRule.isLikelyDuplicate(form("Caffe\u0301 and Men's Shed", "LE2 3AB"), existing));
        assertFalse(DuplicateRule.isLikelyDuplicate(form("Cafe and Women's Shed", "LE2 3AB"), existing));
        assertEquals("cafe and mens shed", OrganisationName.matchKey("Caf\u00E9 & Men\u2019s Shed"));
    }
}
