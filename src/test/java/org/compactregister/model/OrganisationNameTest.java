package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
}
