package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneTakesTheSingularAndEveryOtherCountThePlural() {
        assertEquals("1 signatory", Plural.of(1, "signatory", "signatories"));
        assertEquals("0 signatories", Plural.of(0, "signatory", "signatories"));
        assertEquals("3 signatories", Plural.of(3, "signatory", "signatories"));
        assertEquals("1234 rows", Plural.of(1234, "row", "rows"), "plain digits, as the command line prints them");
        assertEquals("was", Plural.word(1, "was", "were"));
        assertEquals("were", Plural.word(2, "was", "were"));
        assertEquals("pages", Plural.word(-1, "page", "pages"));
    }
}
