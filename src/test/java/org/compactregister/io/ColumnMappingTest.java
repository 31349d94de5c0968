package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.compactregister.model.FormField;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void readsThePaperFormsOwnLabels() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Name", "Date", "On behalf of Organisation", "Address",
                "Tel", "Email"));
        assertEquals(Optional.of(0), mapping.column(FormField.SIGNATORY_NAME));
        assertEquals(Optional.of(1), mapping.column(FormField.DATE_SIGNED));
        assertEquals(Optional.of(2), mapping.column(FormField.ORGANISATION));
        assertEquals(Optional.of(3), mapping.column(FormField.ADDRESS_LINE_1));
        assertEquals(Optional.of(4), mapping.column(FormField.TELEPHONE));
        assertEquals(Optional.of(5), mapping.column(FormField.EMAIL));
        assertTrue(mapping.missingRequired().isEmpty());
    }

    @Test
    void readsTheRegistersFieldNamesInAnyCaseAndSpacing() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("ORGANISATION", "signatory name", "date_signed",
                "TOWN", "Post Code", "sector", "Date Received", "how received", "NOTES", "Something else"));
        assertEquals(Optional.of(0), mapping.column(FormField.ORGANISATION));
        assertEquals(Optional.of(1), mapping.column(FormField.SIGNATORY_NAME));
        assertEquals(Optional.of(2), mapping.column(FormField.DATE_SIGNED));
        assertEquals(Optional.of(3), mapping.column(FormField.TOWN));
        assertEquals(Optional.of(4), mapping.column(FormField.POSTCODE));
        assertEquals(Optional.of(5), mapping.column(FormField.SECTOR));
        assertEquals(Optional.of(6), mapping.column(FormField.DATE_RECEIVED));
        assertEquals(Optional.of(7), mapping.column(FormField.HOW_RECEIVED));
        assertEquals(Optional.of(8), mapping.column(FormField.NOTES));
        assertEquals(9, mapping.asMap().size(), "an unknown column maps to nothing");
    }

    @Test
    void theExportsHeaderMapsBackForImport() {
        ColumnMapping mapping = ColumnMapping.guess(List.of(RegisterCsvExport.HEADER));
        for (FormField field : FormField.values()) {
            assertTrue(mapping.isMapped(field), field + " is mapped from the export's header");
        }
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        ColumnMapping mapping = ColumnMapping.guess(List.of("Organisation", "Tel"));
        assertEquals(List.of(FormField.SIGNATORY_NAME, FormField.DATE_SIGNED), mapping.missingRequired());
        String message = mapping.missingRequiredMessage("office.csv").orElseThrow();
        assertTrue(message.startsWith("office.csv has no \"Name\", no \"Date signed\" column."), message);
        assertFalse(mapping.with(FormField.SIGNATORY_NAME, 1).with(FormField.DATE_SIGNED, 0)
                .missingRequiredMessage("office.csv").isPresent());
    }

    @Test
    void theHeaderWordsContactListsAndCrmsUseAreRecognised() {
        List<String> outlook = List.of("First Name", "Middle Name", "Last Name", "Company", "Business Street",
                "Business Street 2", "Business Street 3", "Business City", "Business Postal Code", "Business Phone",
                "Mobile Phone", "E-mail Address", "Date Signed", "Notes");
        ColumnMapping mapping = ColumnMapping.guess(outlook);
        assertEquals(List.of(0, 1, 2), mapping.nameParts());
        assertTrue(mapping.isMapped(FormField.SIGNATORY_NAME));
        assertEquals(List.of(), mapping.missingRequired());
        assertEquals(3, mapping.column(FormField.ORGANISATION).orElseThrow());
        assertEquals(6, mapping.column(FormField.ADDRESS_LINE_3).orElseThrow());
        assertEquals(8, mapping.column(FormField.POSTCODE).orElseThrow());
        assertEquals(10, mapping.column(FormField.SECOND_TELEPHONE).orElseThrow());
        assertEquals(11, mapping.column(FormField.EMAIL).orElseThrow());
        assertEquals(List.of(), mapping.unmapped(outlook));

        List<String> crm = List.of("Org Name", "Forename", "Surname", "Signature date", "Address 1", "Address 2",
                "Address 3", "Town/City", "County", "Post code", "Telephone No.", "Mobile No", "Email", "Country", "");
        ColumnMapping fromCrm = ColumnMapping.guess(crm);
        assertEquals(List.of(1, 2), fromCrm.nameParts());
        assertEquals(3, fromCrm.column(FormField.DATE_SIGNED).orElseThrow());
        assertEquals(7, fromCrm.column(FormField.TOWN).orElseThrow());
        assertEquals(10, fromCrm.column(FormField.TELEPHONE).orElseThrow());
        assertEquals(11, fromCrm.column(FormField.SECOND_TELEPHONE).orElseThrow());
        assertEquals(List.of("County", "Country"), fromCrm.unmapped(crm), "every column that maps to nothing is listed");
    }

    @Test
    void aNameColumnWinsOverNamePartsAndChoosingANameColumnDropsThem() {
        ColumnMapping withName = ColumnMapping.guess(List.of("Name", "First name", "Surname", "Date", "Organisation"));
        assertEquals(List.of(), withName.nameParts());
        assertEquals(List.of("First name", "Surname"), withName.unmapped(List.of("Name", "First name", "Surname",
                "Date", "Organisation")));
        ColumnMapping parts = ColumnMapping.guess(List.of("Given name", "Family name", "Date", "Organisation"));
        assertEquals(List.of(0, 1), parts.nameParts());
        assertEquals(List.of(), parts.with(FormField.SIGNATORY_NAME, 1).nameParts());
        assertEquals(parts, parts.withDateOrder(FormField.DATE_SIGNED, DateOrder.MONTH_FIRST)
                .withDateOrder(FormField.DATE_SIGNED, null));
        assertEquals(java.util.Optional.of(DateOrder.MONTH_FIRST), parts.withDateOrder(FormField.DATE_SIGNED,
                DateOrder.MONTH_FIRST).dateOrder(FormField.DATE_SIGNED));
    }

    @Test
    void choosingADateColumnWhoseHeadingStatesItsFormatReadsItInThatOrder() {
        List<String> header = List.of("Name", "Signed", "On behalf of Organisation", "Date (mm/dd/yyyy)");
        ColumnMapping guessed = ColumnMapping.guess(header);
        assertEquals(java.util.Optional.empty(), guessed.dateOrder(FormField.DATE_SIGNED));
        ColumnMapping chosen = guessed.with(FormField.DATE_SIGNED, 3, header);
        assertEquals(java.util.Optional.of(DateOrder.MONTH_FIRST), chosen.dateOrder(FormField.DATE_SIGNED));
        assertEquals(java.util.Optional.empty(), chosen.with(FormField.DATE_SIGNED, 1, header)
                .dateOrder(FormField.DATE_SIGNED), "a column whose heading states nothing has no order yet");
    }
}
