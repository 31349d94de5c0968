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
}
