package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Groups that share a building are told apart by the words in which their names differ; slips are not. */
class DuplicateRuleTest {

    private static final String CENTRE = "LE5 3GH";

    @Test
    void groupsOfOneCentreWithADifferentWordAreDifferentOrganisations() {
        assertDifferent("Highfields Centre Men's Group", "Highfields Centre Women's Group");
        assertDifferent("St Mark's Church", "St Mark's Church Toddler Group");
        assertDifferent("St Mark's Church", "St Mark's Church Lunch Club");
        assertDifferent("1st Oakwell Scouts", "2nd Oakwell Scouts");
        assertDifferent("11th Thornby Brownies", "12th Thornby Brownies");
        assertDifferent("Belgrave Neighbourhood Centre Youth Club", "Belgrave Neighbourhood Centre");
        assertDifferent("Evington East Residents Association", "Evington West Residents Association");
        assertDifferent("Oakwell Carers Group", "Oakwell Parents Group");
        assertDifferent("Spinney Hill Bowls Club", "Spinney Hill Cricket Club");
    }

    @Test
    void slipsAndAddedPlacesAreStillTheSameOrganisation() {
        assertSame("Kingsmere Food Share", "Kingsmere Food Shar");
        assertSame("Kingsmere Food Share", "Kingsmere Food Share Leicester");
        assertSame("Highfields Community Centre", "Highfields Community Center");
        assertSame("Oakwell Carers Group", "Oakwell Carer's Groups");
        assertSame("Oakwell Carers", "Oakwell Carers Group");
        assertSame("Brambleford Neighbourhood Assocation", "Brambleford Neighbourhood Association");
        assertSame("Aylestone Meadows Freinds", "Aylestone Meadows Friends");
        assertSame("Fernley Repair Cafe C.I.C.", "The Fernley Repair Café CIC");
    }

    @Test
    void theSameNameIsADuplicateAtAnyPostcodeAndADifferentPostcodeKeepsSimilarNamesApart() {
        assertTrue(DuplicateRule.isLikelyDuplicate(form("The Highfields Centre Men's Group Ltd", "LE9 9ZZ"),
                form("Highfields Centre Mens Group", CENTRE)));
        assertFalse(DuplicateRule.isLikelyDuplicate(form("Kingsmere Food Shar", "LE9 9ZZ"),
                form("Kingsmere Food Share", CENTRE)));
    }

    private static void assertDifferent(String entered, String existing) {
        assertFalse(DuplicateRule.isLikelyDuplicate(form(entered, CENTRE), form(existing, CENTRE)),
                entered + " / " + existing);
        assertFalse(DuplicateRule.isLikelyDuplicate(form(existing, CENTRE), form(entered, CENTRE)),
                existing + " / " + entered);
    }

    private static void assertSame(String entered, String existing) {
        assertTrue(DuplicateRule.isLikelyDuplicate(form(entered, CENTRE), form(existing, CENTRE)),
                entered + " / " + existing);
        assertTrue(DuplicateRule.isLikelyDuplicate(form(existing, CENTRE), form(entered, CENTRE)),
                existing + " / " + entered);
    }

    private static CommitmentForm form(String organisation, String postcode) {
        return new CommitmentForm("Amelia Whitfield", LocalDate.of(2025, 3, 1), organisation,
                new Address("1 Mill Street", "", "Leicester", postcode), "", "", Sector.VOLUNTARY_AND_COMMUNITY,
                null, null, "");
    }
}
