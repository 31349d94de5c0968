package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.compactregister.model.Address;
import org.compactregister.model.FormField;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared spreadsheet field cases (F01 to F08), each imported into a real register as a user would. */
class FieldCasesImportTest {

    @TempDir
    Path dir;

    private Services services;
    private CsvImportService imports;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), CsvImportServiceTest.CLOCK);
        imports = new CsvImportService(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Imports the case after confirming its doubtful date columns as day first, as a UK office would. */
    private ImportReport importDayFirst(String name) throws IOException {
        Path file = FieldCases.copy(name, dir);
        CsvPreview preview = imports.preview(file);
        ColumnMapping mapping = preview.mapping();
        for (DateColumn column : preview.datesToConfirm()) {
            mapping = mapping.withDateOrder(column.field(), DateOrder.DAY_FIRST);
        }
        return imports.importFile(file, mapping, false, Progress.NONE);
    }

    private List<Signatory> all() {
        return services.register().search(RegisterQuery.everything()).signatories().stream()
                .sorted(Comparator.comparing(Signatory::id)).toList();
    }

    @Test
    void f01PhonesExcelMadeNumbersGetTheirZeroBackOrAreLeftOutWithANote() throws IOException {
        ImportReport report = importDayFirst("F01-excel-phone-leading-zero.csv");
        assertEquals(5, report.imported(), report.refused().toString());
        assertEquals(List.of("0116 496 0123", "07700 900456", "", "", "0116 496 0999"),
                all().stream().map(s -> s.form().telephone()).toList());
        assertEquals(4, report.notes().size(), report.notes().toString());
        assertTrue(report.notes().get(2).startsWith("Line 4: Tel: \"1.16496E+09\" was turned into a number in "
                + "scientific notation"), report.notes().get(2));
    }

    @Test
    void f02EveryDateFormExcelWritesIsRead() throws IOException {
        Path file = FieldCases.copy("F02-excel-date-formats.csv", dir);
        CsvPreview preview = imports.preview(file);
        assertEquals(List.of(FormField.DATE_SIGNED, FormField.DATE_RECEIVED),
                preview.datesToConfirm().stream().map(DateColumn::field).toList(),
                "03/02/2025 and 10/02/2025 could each be day or month first");
        RefusedException unconfirmed = assertThrows(RefusedException.class,
                () -> imports.importFile(file, preview.mapping(), false, Progress.NONE));
        assertTrue(unconfirmed.getMessage().contains("03/02/2025 on line 7 is 3 February 2025 if the day comes first, "
                + "or 2 March 2025 if the month comes first"), unconfirmed.getMessage());
        assertEquals(0, services.register().count(), "nothing is stored before the dates are confirmed");

        ImportReport report = importDayFirst("F02-excel-date-formats.csv");
        assertEquals(6, report.imported(), report.refused().toString());
        for (Signatory signatory : all()) {
            assertEquals(LocalDate.of(2025, 2, 3), signatory.form().dateSigned(), signatory.organisation());
            assertEquals(LocalDate.of(2025, 2, 10), signatory.form().dateReceived(), signatory.organisation());
        }
    }

    @Test
    void f04MacRomanWithCrLineEndsImportsItsAccents() throws IOException {
        ImportReport report = importDayFirst("F04-macroman-cr-csv.csv");
        assertEquals(3, report.imported(), report.refused().toString());
        assertEquals(List.of("Renée Dubois", "Siân Pritchard", "Chloë Marsh"),
                all().stream().map(Signatory::signatoryName).toList());
        assertEquals("Café Connect Over-50s Club", all().get(0).organisation());
    }

    @Test
    void f05TheStrayWindowsLineIsRepairedAndNamedInTheReport() throws IOException {
        ImportReport report = importDayFirst("F05-mixed-utf8-cp1252.csv");
        assertEquals(3, report.imported(), report.refused().toString());
        assertEquals(List.of("Zofia Kowalczyk", "Nuala O’Hara", "Zoë Carter"),
                all().stream().map(Signatory::signatoryName).toList());
        assertEquals("Łódź Friends Saturday School", all().get(0).organisation());
        assertEquals("Thurmaston Café Club", all().get(2).organisation());
        assertEquals("Line 3 was not UTF-8 and was read as Windows-1252 (older Excel).", report.notes().get(0));
    }

    @Test
    void f06SplitNamesExtraAddressLinesAndTheMobileAreKeptAndTheCountyIsListed() throws IOException {
        for (String name : List.of("F06-header-variants-split-name.csv", "F06b-header-variants-extra-columns.csv")) {
            CsvPreview preview = imports.preview(FieldCases.copy(name, dir));
            assertEquals(List.of("County"), preview.unmappedColumns(), name);
        }
        ImportReport report = importDayFirst("F06-header-variants-split-name.csv");
        assertEquals(2, report.imported(), report.refused().toString());
        assertEquals(List.of("County"), report.unmappedColumns());
        assertTrue(report.summary().endsWith("Not imported: the column \"County\"."), report.summary());
        Signatory karen = all().get(0);
        assertEquals("Karen Whitfield", karen.signatoryName());
        assertEquals("Wigston Community Larder", karen.organisation());
        assertEquals(new Address("Unit 4", "The Old Dairy", "Long Street", "Wigston", "LE18 2AA"), karen.form().address());
        assertEquals("0116 496 0501", karen.form().telephone());
        assertEquals("07700 900501", karen.form().secondTelephone());
        assertEquals("karen@example.org", karen.form().email());
        Signatory sunil = all().get(1);
        assertEquals("", sunil.form().telephone());
        assertEquals("07700 900502", sunil.form().secondTelephone());
        assertEquals(List.of("Flat 2", "Rosemary House", "12 Harborough Road", "Oadby", "LE2 4AA"),
                sunil.form().address().lines(), "a letter's address block ends with the postcode");
    }

    @Test
    void f07TheSepLineIsHonoured() throws IOException {
        ImportReport report = importDayFirst("F07-excel-sep-line.csv");
        assertEquals(2, report.imported(), report.refused().toString());
        assertEquals("Hinckley Road Allotment Society", all().get(0).organisation());
    }

    @Test
    void f08ForcesCrownDependencyAndOddlySpacedPostcodesAreAccepted() throws IOException {
        ImportReport report = importDayFirst("F08-postcode-bfpo-unicode-spaces.csv");
        assertEquals(7, report.imported(), report.refused().toString());
        assertEquals(List.of("BF1 4FB", "BFPO 57", "JE2 3AB", "IM1 1AB", "LE1 6AB", "LE2 7AB", "LE3 8AB"),
                all().stream().map(s -> s.form().address().postcode()).toList());
        assertFalse(all().stream().anyMatch(s -> s.form().address().lines().stream()
                .anyMatch(line -> line.matches(".*[\\u200B\\u2009\\u202F].*"))));
    }
}
