package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.compactregister.model.Address;
import org.compactregister.model.FormField;
import org.compactregister.model.UkDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells as spreadsheets leave them: dates, phone numbers and whole addresses. */
class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"45691", "45691.0", "45691.604166", "03-Feb-25", "3-feb-2025", "3 Feb 25", "3rd February 2025",
        "3rd of February 2025", "Monday 3 February 2025", "Mon, 3 Feb 2025", "Mon 03/02/2025", "February 3, 2025",
        "Feb 3 2025", "2025-02-03", "2025/02/03", "2025-02-03T14:30:00", "2025-02-03 14:30", "03/02/2025 09:15",
        "03-Feb-2025 2:30 PM", "2025-02-03T14:30:00Z", "3 February 2025 at 10.15", "Mon 3rd Feb 2025 10:00:00 +0000"})
    void everyUnambiguousFormAndAConfirmedDayFirstOneIsTheThirdOfFebruary(String cell) {
        UkDate.Reading reading = SpreadsheetDate.read(cell);
        assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), reading.dayFirst(), cell);
    }

    @Test
    void excelsSerialsKeepTheLotusLeapYear() {
        assertEquals(LocalDate.of(1900, 1, 1), SpreadsheetDate.fromExcelSerial(1));
        assertEquals(LocalDate.of(1900, 2, 28), SpreadsheetDate.fromExcelSerial(59));
        assertThrows(IllegalArgumentException.class, () -> SpreadsheetDate.fromExcelSerial(60),
                "29 February 1900 never was");
        assertEquals(LocalDate.of(1900, 3, 1), SpreadsheetDate.fromExcelSerial(61));
        assertEquals(LocalDate.of(1998, 11, 1), SpreadsheetDate.fromExcelSerial(36100));
        assertEquals(LocalDate.of(2025, 2, 10), SpreadsheetDate.read("45698").dayFirst().orElseThrow());
    }

    @Test
    void aWeekdayThatDoesNotFitIsNoDateAndOneThatFitsDecidesTheOrder() {
        assertFalse(SpreadsheetDate.read("Tuesday 3 February 2025").isDate());
        UkDate.Reading monday = SpreadsheetDate.read("Monday 03/02/2025");
        assertFalse(monday.isAmbiguous(), "2 March 2025 is a Sunday");
        assertEquals(LocalDate.of(2025, 2, 3), monday.dayFirst().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"03/02/2025,true", "3.2.25,true", "03/03/2025,false", "13/02/2025,false", "2/13/2025,false",
        "03-Feb-25,false", "45691,false"})
    void onlyAllNumberDatesWithBothPartsTwelveOrLessAreAmbiguous(String cell, boolean ambiguous) {
        assertEquals(ambiguous, SpreadsheetDate.read(cell).isAmbiguous(), cell);
    }

    @Test
    void aColumnIsJudgedByAllItsCells() {
        DateColumn column = new DateColumn(FormField.DATE_SIGNED, "\"Date\"", Optional.empty(), Optional.empty(),
                Optional.empty());
        DateColumn doubtful = column.with(2, "03/02/2025").with(3, "04/02/2025").with(4, "5 Feb 2025");
        assertTrue(doubtful.needsConfirming());
        assertTrue(doubtful.judged().isEmpty());
        DateColumn monthFirst = doubtful.with(5, "2/13/2025");
        assertEquals(Optional.of(DateOrder.MONTH_FIRST), monthFirst.judged());
        assertTrue(monthFirst.judgement().orElseThrow().contains("2/13/2025 on line 5 can only be month first"));
        DateColumn dayFirst = doubtful.with(6, "13/02/2025");
        assertEquals(Optional.of(DateOrder.DAY_FIRST), dayFirst.judged());
        DateColumn mixed = monthFirst.with(6, "13/02/2025");
        assertTrue(mixed.isMixed());
        assertTrue(mixed.mixedMessage().contains("13/02/2025 on line 6 can only be day first, 2/13/2025 on line 5 "
                + "only month first"), mixed.mixedMessage());
        assertEquals(Optional.of(DateOrder.DAY_FIRST), column.with(2, "24/11/2025").with(3, "2025-01-02").judged());
    }

    @ParameterizedTest
    @CsvSource({"1164960123,0116 496 0123", "7700900456,07700 900456", "2079460123,020 7946 0123",
        "1164960123.0,0116 496 0123", "441164960123,0116 496 0123", "447700900456,07700 900456"})
    void aLostLeadingZeroOrPlusIsPutBack(String cell, String expected) {
        SpreadsheetPhone.Result phone = SpreadsheetPhone.read(cell, "Tel");
        assertEquals(expected, phone.phone());
        assertTrue(phone.note().orElseThrow().startsWith("Tel: \"" + cell + "\" had lost its leading"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.16496E+09", "7.7009E+09", "4.41165E+11", "1,16496E+09", "1.16496e9"})
    void aNumberInScientificNotationIsLeftOutWithANote(String cell) {
        SpreadsheetPhone.Result phone = SpreadsheetPhone.read(cell, "Second tel");
        assertEquals("", phone.phone());
        assertTrue(phone.note().orElseThrow().contains("lost its last digits"));
    }

    @ParameterizedTest
    @CsvSource({"7.700900123E+09,07700 900123,zero", "1.164960123E+09,0116 496 0123,zero",
        "4.47700900123E+11,07700 900123,+", "1.1649601230E+09,0116 496 0123,zero", "'7,700900123E+09',07700 900123,zero",
        "7.700900123e9,07700 900123,zero"})
    void scientificNotationThatKeptEveryDigitIsReadInFull(String cell, String expected, String lost) {
        SpreadsheetPhone.Result phone = SpreadsheetPhone.read(cell, "Tel");
        assertEquals(expected, phone.phone());
        assertEquals("Tel: \"" + cell + "\" was written in scientific notation, which kept every digit, and had lost "
                + "its leading " + lost + " in the spreadsheet; it was entered as " + expected + ".", phone.note().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.70090012E+09", "1.16496012E+09", "4.4770090012E+11", "7.700900123E+99", "7.700900123E-09"})
    void scientificNotationShortOfItsPowerOfTenIsStillLeftOut(String cell) {
        SpreadsheetPhone.Result phone = SpreadsheetPhone.read(cell, "Tel");
        assertEquals("", phone.phone());
        assertTrue(phone.note().orElseThrow().contains("lost its last digits"), phone.note().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0116 496 0123", "12345", "+44 116 496 0123", "999"})
    void otherNumbersAreLeftForTheFormsRules(String cell) {
        assertEquals(new SpreadsheetPhone.Result(cell, Optional.empty()), SpreadsheetPhone.read(cell, "Tel"));
    }

    @Test
    void aWholeAddressInOneCellIsSplitAroundItsPostcode() {
        assertEquals(new Address("Unit 4", "The Old Dairy", "Long Street", "Wigston", "LE18 2AA"),
                AddressCell.split("Unit 4, The Old Dairy, Long Street, Wigston, Leicestershire, LE18 2AA, UK"));
        assertEquals(new Address("12 Harborough Road", "", "", "Oadby", "LE2 4AA"),
                AddressCell.split("12 Harborough Road\nOadby LE2 4AA\nUnited Kingdom"));
        assertEquals(new Address("12 Harborough Road", "", "", "Oadby", "LE2 4AA"),
                AddressCell.split("LE2 4AA, 12 Harborough Road, Oadby"), "the postcode first");
        assertEquals(new Address("1 Mill Street", "Fernley", "", "Leicester", "LE1 1AA"),
                AddressCell.split("1 Mill Street; Fernley; Leicester; Leics; le11aa; England"));
        assertEquals(new Address("Unit 12", "", "", "", "BFPO 57"), AddressCell.split("Unit 12, BFPO 57"));
        assertEquals(new Address("Flat 2", "Rosemary House", "12 Harborough Road, Stoneygate", "Leicester", "LE2 2AA"),
                AddressCell.split("Flat 2, Rosemary House, 12 Harborough Road, Stoneygate, Leicester LE2\u202F2AA"));
        assertEquals(new Address("4 Fictional Road", "", "", "St Helier", "JE2 3AB"),
                AddressCell.split("4 Fictional Road, St Helier, Jersey, JE2 3AB"));
        assertEquals(List.of("5 Test Avenue", "Leicester", "LE3 5AA"),
                AddressCell.split("LE3 5AA\n5 Test Avenue\nLeicester").lines(), "the letter's last line is the postcode");
        assertEquals(Address.EMPTY, AddressCell.split("  "));
    }
}
