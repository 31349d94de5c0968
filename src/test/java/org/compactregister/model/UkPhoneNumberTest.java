package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UkPhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01164960123|0116 496 0123",
        "0116 496 0123|0116 496 0123",
        "+44 (0)116 496-0123|0116 496 0123",
        "+44 116 4960123|0116 496 0123",
        "0044 116 496 0123|0116 496 0123",
        "44 7700 900123|07700 900123",
        "44 116 496 0123|0116 496 0123",
        "020 7946 0000|020 7946 0000",
        "07700900123|07700 900123",
        "01509 496000|01509 496000",
        "0300 123 4567|0300 123 4567",
        "0800 123 4567|0800 123 4567",
        "0800800150|0800 800 150",
        "016977 4000|01697 74000",
        "(0116) 496.0123|0116 496 0123",
        "0116 496 0200 ext 23|0116 496 0200 ext. 23",
        "0116 496 0200 Ext. 23|0116 496 0200 ext. 23",
        "01164960200 x2345|0116 496 0200 ext. 2345",
        "0116 496 0200, extn 7|0116 496 0200 ext. 7",
        "+44 (0)116 496 0200 extension 123456|0116 496 0200 ext. 123456",
        "020 7946 0000x12|020 7946 0000 ext. 12"})
    void isWrittenInTheUsualGroups(String typed, String expected) {
        assertEquals(Optional.of(expected), UkPhoneNumber.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "0116 496 012", "0116 496 01234 5", "+1 212 555 0100", "00 33 1 23 45 67 89",
        "0116 496 O123", "ext 42", "1164960123", "0116 496 0200 ext", "0116 496 0200 ext 1234567",
        "0116 496 020 ext 23", "+1 212 555 0100 ext 4",
        "0116 496 0200 x23 x45", "0116 496 0200 x123456 x123456", "44 0116 496 0123", "4411649601234"})
    void refusesWhatIsNotAUkNumber(String typed) {
        assertTrue(UkPhoneNumber.normalise(typed).isEmpty(), typed);
    }

    @org.junit.jupiter.api.Test
    void theLongestKeptNumberFitsAndItsNumberIsFoundWithoutItsExtension() {
        String longest = UkPhoneNumber.normalise("0116 496 0200 extension 123456").orElseThrow();
        assertEquals(UkPhoneNumber.MAX_LENGTH, longest.length());
        assertEquals("0116 496 0200", UkPhoneNumber.withoutExtension(longest));
        assertEquals("07700 900123", UkPhoneNumber.withoutExtension(UkPhoneNumber.normalise("07700900123 x9").orElseThrow()));
        assertEquals("0116 496 0123", UkPhoneNumber.withoutExtension("0116 496 0123"));
    }

    @ParameterizedTest
    @CsvSource({"０７７００ ９００１２３,07700 900123", "0116–496–0123,0116 496 0123", "0116—496‑0123,0116 496 0123",
        "(+44) 116 496 0123,0116 496 0123", "( +44 ) 7700 900123,07700 900123", "０１１６－４９６－０１２３,0116 496 0123"})
    void fullWidthDigitsDashLookAlikesAndABracketedPlusAreRead(String typed, String expected) {
        assertEquals(Optional.of(expected), UkPhoneNumber.normalise(typed));
    }
}
