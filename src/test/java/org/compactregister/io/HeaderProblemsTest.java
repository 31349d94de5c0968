package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.compactregister.model.FormField;
import org.junit.jupiter.api.Test;

/** Headers the import cannot take as they are, and headers with notes in brackets. */
class HeaderProblemsTest {

    @Test
    void twoColumnsThatMeanOneFieldAreNamedWithTheirPositions() {
        List<String> header = List.of("Name", "Date", "Organisation", "Phone", "Telephone", "Tel (work)", "Email");
        List<HeaderProblems.SameField> same = HeaderProblems.sameField(header);
        assertEquals(List.of(new HeaderProblems.SameField(FormField.TELEPHONE, List.of(3, 4, 5))), same);
        assertEquals("Three columns all mean Tel: \"Phone\" (column 4), \"Telephone\" (column 5) and \"Tel (work)\" "
                + "(column 6).", HeaderProblems.describe(same.get(0), header));
        assertTrue(HeaderProblems.renameAdvice(same.get(0)).contains("\"Second tel\""));
        assertFalse(HeaderProblems.sameNames(same.get(0), header));
        assertEquals(List.of(5), HeaderProblems.remaining(same.get(0), header, List.of("phone", "TELEPHONE")));
    }

    @Test
    void everyFieldIsCheckedForTwoColumns() {
        List<String> header = List.of("Name", "Name", "Date", "Date signed", "Email", "E-mail");
        List<HeaderProblems.SameField> same = HeaderProblems.sameField(header);
        assertEquals(List.of(FormField.SIGNATORY_NAME, FormField.DATE_SIGNED, FormField.EMAIL),
                same.stream().map(HeaderProblems.SameField::field).toList());
        assertTrue(HeaderProblems.sameNames(same.get(0), header));
        assertEquals("Two columns both mean Name: \"Name\" (column 1) and \"Name\" (column 2).",
                HeaderProblems.describe(same.get(0), header));
        assertTrue(HeaderProblems.renameAdvice(same.get(0)).contains("On behalf of Organisation"));
    }

    @Test
    void aNotInBracketsAfterAKnownNameIsReadAndADateFormatGivesTheOrder() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Name", "Date (dd/mm/yyyy)", "Organisation",
                "Tel (work)", "Email (main)", "Date received (MM/DD/YY)", "Notes [office use]"));
        assertEquals(Optional.of(1), mapping.column(FormField.DATE_SIGNED));
        assertEquals(Optional.of(3), mapping.column(FormField.TELEPHONE));
        assertEquals(Optional.of(4), mapping.column(FormField.EMAIL));
        assertEquals(Optional.of(5), mapping.column(FormField.DATE_RECEIVED));
        assertEquals(Optional.of(6), mapping.column(FormField.NOTES));
        assertEquals(Optional.of(DateOrder.DAY_FIRST), mapping.dateOrder(FormField.DATE_SIGNED));
        assertEquals(Optional.of(DateOrder.MONTH_FIRST), mapping.dateOrder(FormField.DATE_RECEIVED));
        assertEquals(Optional.empty(), ColumnMapping.guess(List.of("Date (yyyy-mm-dd)")).dateOrder(FormField.DATE_SIGNED));
    }

    @Test
    void aNoteInBracketsThatNamesAnotherFieldIsNotReadAsTheFirstName() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Name", "Phone (mobile)", "Address (postcode)"));
        assertEquals(Optional.empty(), mapping.column(FormField.TELEPHONE));
        assertEquals(Optional.empty(), mapping.column(FormField.ADDRESS_LINE_1));
    }

    @Test
    void addressLineFourIsTheTownUnlessTheFileHasATownColumn() {
        List<String> four = List.of("Name", "Address Line 1", "Address Line 2", "Address Line 3", "Address Line 4",
                "Postcode");
        assertEquals(Optional.of(4), ColumnMapping.guess(four).column(FormField.TOWN));
        ColumnMapping withTown = ColumnMapping.guess(List.of("Name", "Address Line 4", "Town"));
        assertEquals(Optional.of(2), withTown.column(FormField.TOWN));
        assertEquals(List.of("Address Line 4"), withTown.unmapped(List.of("Name", "Address Line 4", "Town")));
    }

    @Test
    void aNamelessColumnWithTextIsFoundButNotEmptyOnesOrRowNumbers() {
        List<String> header = List.of("", "Name", "", "Organisation", "");
        HeaderProblems.Nameless nameless = new HeaderProblems.Nameless(header, ColumnMapping.guess(header));
        nameless.add(new CsvRow(2, List.of("1", "Karen Whitfield", "", "Larder", ""), Optional.empty()));
        nameless.add(new CsvRow(3, List.of("2", "Sunil Parmar", "Needs large print", "Befriending", ""),
                Optional.empty()));
        nameless.add(new CsvRow(4, List.of("3", "Amelia Whitfield", "later text", "Food Share"), Optional.empty()));
        assertEquals(List.of(new HeaderProblems.NamelessColumn(2, 3, "Needs large print")), nameless.withText());
        assertEquals("Column 3, which has no heading, holds text (\"Needs large print\" on line 3), which the "
                + "register would leave out.", nameless.withText().get(0).describe());

        HeaderProblems.Nameless notCounting = new HeaderProblems.Nameless(header, ColumnMapping.guess(header));
        notCounting.add(new CsvRow(2, List.of("1", "A", "", "B", ""), Optional.empty()));
        notCounting.add(new CsvRow(3, List.of("5", "C", "", "D", ""), Optional.empty()));
        assertEquals(List.of(new HeaderProblems.NamelessColumn(0, 3, "5")), notCounting.withText());
    }

    @Test
    void aNamelessColumnTheUserChoseAFieldForIsNoProblem() {
        List<String> header = List.of("Name", "Organisation", "");
        ColumnMapping mapping = ColumnMapping.guess(header).with(FormField.NOTES, 2);
        HeaderProblems.Nameless nameless = new HeaderProblems.Nameless(header, mapping);
        nameless.add(new CsvRow(2, List.of("Karen Whitfield", "Larder", "Needs large print"), Optional.empty()));
        assertEquals(List.of(), nameless.withText());
    }
}
