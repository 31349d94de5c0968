package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void aSignatoryIsFoundByTheWordsStaffWouldType() {
        CommitmentForm form = new CommitmentForm("Zoë Ó Briain", LocalDate.of(2025, 1, 2), "The Oakwell Men's Shed",
                new Address("1 Mill Street", "", "Leicester", "LE2 3AB"), "0116 496 0123", "shed@oakwell.example.org",
                Sector.VOLUNTARY_AND_COMMUNITY, null, null, "");
        Set<String> words = SearchWords.of(form);
        for (String expected : new String[] {"oakwell", "mens", "shed", "oakwellmensshed", "zoe", "o", "briain",
            "le2", "3ab", "le23ab", "shed@oakwell.example.org", "example", "01164960123", "0116", "496", "0123"}) {
            assertTrue(words.contains(expected), () -> expected + " in " + words);
        }
    }

    @Test
    void typedWordsAreFoldedTheSameWay() {
        assertEquals(Set.of("zoe", "briain"), SearchWords.ofQuery("  Zoë  BRIAIN "));
        assertEquals(Set.of("le2", "3ab"), SearchWords.ofQuery("LE2 3AB"));
    }
}
