package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UkPostcodeTest {

    @ParameterizedTest
    @CsvSource({
        "le2 3ab,LE2 3AB",
        "LE23AB,LE2 3AB",
        "  le67  9zz ,LE67 9ZZ",
        "ec1a1bb,EC1A 1BB",
        "w1a 0ax,W1A 0AX",
        "m1 1ae,M1 1AE",
        "gir 0aa,GIR 0AA",
        "je2 3ab,JE2 3AB",
        "GY1 1AA,GY1 1AA",
        "im1 1ab,IM1 1AB",
        "bfpo 57,BFPO 57",
        "BFPO57,BFPO 57",
        "LE1-1AA,LE1 1AA",
        "ec1a - 1bb,EC1A 1BB",
        "le1 oaa,LE1 0AA",
        "LE11 IAB,LE11 1AB",
        "gir oaa,GIR 0AA",
        "BFPO 1234,BFPO 1234",
        "BF1 4FB,BF1 4FB",
        "LE1 6AB,LE1 6AB",
        "LE2​7AB,LE2 7AB",
        "LE3 8AB,LE3 8AB"})
    void isWrittenUpperCaseWithOneSpace(String typed, String expected) {
        assertEquals(Optional.of(expected), UkPostcode.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LE1", "LE1 5", "12345", "LE1 5SNX", "1LE 5SN", "LE 5SN", "GIR 1AA", "LE1--", "LE1 AAA", "LE11-AA", "L-E11AA", "-LE11AA", "LE1-1AA-", "BFPO", "BFPO 0",
        "BFPO 12345", "BFPO A1"})
    void refusesWhatIsNotAPostcode(String typed) {
        assertTrue(UkPostcode.normalise(typed).isEmpty(), typed);
    }

    @ParameterizedTest
    @CsvSource({"LE11,true", "le2,true", "EC1A,true", "LE1 1AA,false", "LE1 5,false", "12345,false", ",false"})
    void knowsTheFirstHalfOfAPostcodeOnItsOwn(String typed, boolean firstHalfOnly) {
        assertEquals(firstHalfOnly, UkPostcode.isFirstHalfOnly(typed), typed);
    }

    @ParameterizedTest
    @CsvSource({"LE1 OAA,true", "le11 iab,true", "LE1 0AA,false", "LE1-1AA,false", "BFPO 57,false", "LE1 O,false", ",false"})
    void knowsWhenALetterWasTakenForADigit(String typed, boolean letterAsDigit) {
        assertEquals(letterAsDigit, UkPostcode.readsALetterAsADigit(typed), typed);
    }

    @ParameterizedTest
    @CsvSource({"ＬＥ１ ６ＡＢ,LE1 6AB", "ＬＥ１　６ＡＢ,LE1 6AB", "le1–6ab,LE1 6AB", "LE1‑6AB,LE1 6AB", "ｌｅ２１３ａａ,LE21 3AA"})
    void fullWidthLettersAndDashLookAlikesAreReadAsThePostcodeTheyShow(String typed, String expected) {
        assertEquals(Optional.of(expected), UkPostcode.normalise(typed));
    }

    @ParameterizedTest
    @CsvSource({"LE2 13AA,LE21 3AA", "le2 13aa,LE21 3AA", "ＬＥ２ １３ＡＡ,LE21 3AA",
        "EC1 A1BB,EC1A 1BB"})
    void aSpaceThatSplitsAPostcodeIntoAnotherIsFound(String typed, String standard) {
        assertEquals(Optional.of(standard), UkPostcode.spaceInTheWrongPlace(typed), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LE213AA", "LE21 3AA", "LE21  3AA", "L E 1 6 A B", "L E21 3AA", "LE21 3 AA", "bfpo 57", "LE1 6A8", "", "  le21 3aa ",
        "N1 9 GU", "LE 1 1AA", "W1 1 AA"})
    void aSpaceInItsPlaceOrNoneIsNoProblem(String typed) {
        assertEquals(Optional.empty(), UkPostcode.spaceInTheWrongPlace(typed), typed);
    }
}
