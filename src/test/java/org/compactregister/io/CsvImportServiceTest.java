package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.service.CancelledException;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.SaveOutcome;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.compactregister.model.Engine;
import org.compactregister.persistence.Engines;

@ParameterizedClass
@ArgumentsSource(Engines.class)
class CsvImportServiceTest {

    @Parameter
    Engine engine;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Services services;
    private CsvImportService imports;

    @BeforeEach
    void open() {
        services = Services.open(Engines.register(engine, dir), CLOCK);
        imports = new CsvImportService(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<Signatory> all() {
        return services.register().search(RegisterQuery.everything()).signatories();
    }

    private Path officeFile() throws IOException {
        return CsvFiles.excelUtf8(dir.resolve("office.csv"), CsvFiles.HEADER + ",Sector,Date received",
                "Amelia Whitfield,24/11/2025,Brambleford Food Share,\"1 Mill Street\r\nBrambleford\r\nLE1 1AA\","
                        + "0116 496 0123,amelia@example.org,Voluntary and community organisation,26/11/2025",
                "Zofia Nowak,31/02/2025,Oakwell Youth Club,\"2 Chapel Lane, Oakwell, LE3 9ZZ\",,,,",
                "Rajesh Mistry,2024-02-03,Kingsmere Carers' Support Group,\"Unit 4, Riverside Studios, Leicester, "
                        + "LE2 3BD\",01164960456,,Voluntary,",
                ",12/05/2023,Ashcombe Allotment Society,,,,,",
                "Ayşe Yılmaz,01/10/2022,The Brambleford Food Share Ltd,,0116 496 0124,,,",
                "Priya Patel,12/12/2021,Fernley Dementia Café,,12345,priya@,,",
                "Gráinne Ní Mhurchú,20/03/2020,Larkhill Arts Collective,,,,Arts,");
    }

    @Test
    void importsTheValidRowsAndReportsEachRefusedRowWithItsLineAndReason() throws IOException {
        ImportReport report = imports.importFile(officeFile(), false, Progress.NONE);

        assertEquals(7, report.rowsRead());
        assertEquals(2, report.imported());
        List<Long> lines = report.refused().stream().map(RefusedRow::line).toList();
        assertEquals(List.of(5L, 7L, 8L, 9L, 10L), lines);
        assertTrue(report.refused().get(0).reason().startsWith("Date signed: \"31/02/2025\" is not a date"));
        assertTrue(report.refused().get(1).reason().startsWith("Name: Enter the name"));
        assertTrue(report.refused().get(2).reason().contains("on line 2 of this file"), report.refused().get(2).reason());
        assertTrue(report.refused().get(3).reason().contains("Tel: \"12345\" is not a UK phone number"));
        assertTrue(report.refused().get(3).reason().contains("Email: \"priya@\""));
        assertTrue(report.refused().get(4).reason().startsWith("Sector: \"Arts\""));

        Signatory amelia = all().stream().filter(s -> s.signatoryName().equals("Amelia Whitfield")).findFirst()
                .orElseThrow();
        assertEquals(new Address("1 Mill Street", "", "Brambleford", "LE1 1AA"), amelia.form().address());
        assertEquals(Sector.VOLUNTARY_AND_COMMUNITY, amelia.form().sector());
        assertEquals(LocalDate.of(2025, 11, 26), amelia.form().dateReceived());
        Signatory rajesh = all().stream().filter(s -> s.signatoryName().equals("Rajesh Mistry")).findFirst()
                .orElseThrow();
        assertEquals("0116 496 0456", rajesh.form().telephone(), "the form's rules tidy the phone number");
        assertEquals(new Address("Unit 4", "Riverside Studios", "Leicester", "LE2 3BD"), rajesh.form().address());
        assertTrue(report.summary().startsWith("5 rows of 7 in office.csv were refused; the other 2 rows were imported"),
                report.summary());
    }

    @Test
    void allOrNothingImportsNothingWhenAnyRowIsRefused() throws IOException {
        ImportReport report = imports.importFile(officeFile(), true, Progress.NONE);
        assertEquals(0, report.imported());
        assertEquals(5, report.refused().size());
        assertEquals(0, services.register().count());
        assertTrue(report.summary().contains("so nothing was imported (all or nothing)"), report.summary());
    }

    @Test
    void theDuplicateRuleAppliesAgainstTheRegister() throws IOException {
        CommitmentForm existing = new CommitmentForm("Chidi Okafor", LocalDate.of(2024, 1, 1),
                "Brambleford Food Share", new Address("", "", "", "LE1 1AA"), "", "", null, null, HowReceived.POST, "");
        Signatory saved = services.register().find(addDirect(existing)).orElseThrow();
        ImportReport report = imports.importFile(officeFile(), false, Progress.NONE);
        RefusedRow amelia = report.refused().stream().filter(r -> r.line() == 2).findFirst().orElseThrow();
        assertTrue(amelia.reason().contains("(" + saved.reference() + ", signed by Chidi Okafor), already in the register"),
                amelia.reason());
        assertTrue(report.refused().stream().noneMatch(r -> r.reason().contains("on line 2 of this file")),
                "a refused row is not a duplicate for later rows");
    }

    private long addDirect(CommitmentForm form) {
        var outcome = services.register().register(form, true);
        return ((SaveOutcome.Saved) outcome).signatory().id();
    }

    @Test
    void theReportCanBeCorrectedAndImportedAgain() throws IOException {
        ImportReport report = imports.importFile(officeFile(), false, Progress.NONE);
        Path reportFile = dir.resolve("office-refused.csv");
        CsvImportService.writeReport(report, reportFile);

        String text = Files.readString(reportFile, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFName,Date,On behalf of Organisation,Address,Tel,Email,Sector,"
                + "Date received,Different organisation,Line in office.csv,Why it was refused\r\n"), text);
        String fixed = text.replace("31/02/2025", "28/02/2025").replace(",12345,priya@,", ",0116 496 0999,priya@example.org,")
                .replace(",Arts,", ",Voluntary,").replace("\r\n\"\",12/05/2023", "\r\nHannah Greenwood,12/05/2023");
        Files.writeString(reportFile, fixed, StandardCharsets.UTF_8);

        ImportReport again = imports.importFile(reportFile, false, Progress.NONE);
        assertEquals(4, again.imported(), again.refused().toString());
        assertEquals(1, again.refused().size(), "the duplicate of Brambleford Food Share is still refused");
        assertEquals(6, services.register().count());
    }

    @Test
    void aPostcodeWithALetterForItsDigitGoesInWithANoteAndAnExtensionIsKept() throws IOException {
        Path file = CsvFiles.excelUtf8(dir.resolve("typed.csv"), "Name,Date,Organisation,Postcode,Tel",
                "Ann Lee,24/11/2025,Oakwell Club,le1 oaa,0116 496 0200 ext 23",
                "Bo Chan,24/11/2025,Fernley Choir,LE2-3AB,");
        ImportReport report = imports.importFile(file, false, Progress.NONE);

        assertEquals(2, report.imported(), report.summary());
        assertEquals(List.of("Line 2: Postcode: \"le1 oaa\" was entered as LE1 0AA, a letter taken for the digit it "
                + "looks like."), report.notes());
        List<Signatory> kept = services.register().search(RegisterQuery.everything()).signatories();
        assertEquals(List.of("LE2 3AB", "LE1 0AA"), kept.stream().map(s -> s.form().address().postcode()).toList());
        assertEquals("0116 496 0200 ext. 23", kept.get(1).form().telephone());
    }

    @Test
    void aQuoteOpenedAndClosedTooLateNeverTakesRowsSilently() throws IOException {
        Path neverClosed = CsvFiles.written(dir.resolve("never.csv"), StandardCharsets.UTF_8, "\r\n",
                "Name,Date,Organisation,Town", "Ann Lee,24/11/2025,Oakwell Club,Leicester",
                "Bo Chan,24/11/2025,\"Fernley Choir,Leicester", "Cy Dee,24/11/2025,Third Club,Leicester");
        ImportReport never = imports.importFile(neverClosed, false, Progress.NONE);
        assertEquals(0, never.imported(), never.summary());
        assertTrue(never.summary().startsWith("Line 3 of never.csv opens a quote (\") that is never closed"),
                never.summary());

        // closed a row too late, where the next row's quoted cell begins: text follows the closing quote
        Path closedLate = CsvFiles.written(dir.resolve("late.csv"), StandardCharsets.UTF_8, "\r\n",
                "Name,Date,Organisation,Address,Town,Postcode",
                "Ann Lee,24/11/2025,Oakwell,\"5 Rd, Knighton,Leicester,LE1 1AA,",
                "Bo Chan,24/11/2025,Fern,\"The \"\"Old\"\" Mill\",Leicester,LE2 2BB");
        ImportReport late = imports.importFile(closedLate, false, Progress.NONE);
        assertEquals(0, late.imported(), late.summary());
        assertTrue(late.summary().startsWith("Line 3 of late.csv has text after a closing quote (\"), so a quote opened "
                + "earlier, from line 2 on, may be closed only there"), late.summary());
        assertEquals(0, services.register().count());

        // closed a row too late at the end of a cell: the organisation holds the next row
        Path atCellEnd = CsvFiles.written(dir.resolve("cell-end.csv"), StandardCharsets.UTF_8, "\r\n",
                "Name,Date,Organisation,Address,Town,Notes",
                "Ann Lee,24/11/2025,\"Oakwell Youth Club\r\n(Knighton branch)\",\"Flat 2, Block B\r\nMain Street\",Leicester,"
                        + "\"Stall at the fair\r\nBring: tables, chairs, banners, leaflets\"",
                "Bo Chan,24/11/2025,\"Fernley Choir,Leicester", "Cy Dee,24/11/2025,Third Club\",5 Road,Leicester,",
                "Di Eve,24/11/2025,Fourth Club,6 Road,Leicester,");
        ImportReport report = imports.importFile(atCellEnd, false, Progress.NONE);
        assertEquals(2, report.imported(), report.summary());
        assertEquals(1, report.refused().size());
        assertEquals(6, report.refused().get(0).line(), "Ann Lee's row is on lines 2 to 5");
        assertTrue(report.refused().get(0).reason().startsWith("The On behalf of organisation cell runs on over lines "
                + "with separators in them"), report.refused().get(0).reason());
        Signatory ann = services.register().search(RegisterQuery.everything()).signatories().stream()
                .filter(s -> s.form().signatoryName().equals("Ann Lee")).findFirst().orElseThrow();
        assertEquals("Oakwell Youth Club (Knighton branch)", ann.form().organisation(), "a line typed into the cell");
        assertEquals("Main Street", ann.form().address().line2(), "an address on two lines");
        assertTrue(ann.form().notes().contains("tables, chairs, banners, leaflets"), "notes with a list in them");
    }

    @Test
    void aMissingRequiredColumnIsRefusedByName() throws IOException {
        Path file = CsvFiles.excelUtf8(dir.resolve("short.csv"), "Organisation,Tel", "Oakwell Youth Club,");
        RefusedException refused = assertThrows(RefusedException.class,
                () -> imports.importFile(file, false, Progress.NONE));
        assertTrue(refused.getMessage().startsWith("short.csv has no \"Name\", no \"Date signed\" column"),
                refused.getMessage());
    }

    @Test
    void raggedRowsAreRefusedAndShortRowsJudgedByTheRules() throws IOException {
        Path file = CsvFiles.written(dir.resolve("ragged.csv"), StandardCharsets.UTF_8, "\n",
                "Name,Date,Organisation", "A Person,01/01/2020,Org One,extra,cells", "B Person,01/01/2020",
                "C Person,01/01/2020,Org Three");
        ImportReport report = imports.importFile(file, false, Progress.NONE);
        assertEquals(1, report.imported());
        assertTrue(report.refused().get(0).reason().startsWith("The row has 5 cells but the header has 3"));
        assertTrue(report.refused().get(1).reason().startsWith("On behalf of organisation: Enter the organisation"));
    }

    @Test
    void aBrokenFileIsReportedAndLeavesTheRegisterUnchanged() throws IOException {
        Path file = dir.resolve("broken.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Name,Date,Organisation\nA Person,01/01/2020,Org One\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[CsvFileReader.MAX_LINE_CHARS + 10]);
        }
        assertThrows(CsvFileProblem.class, () -> imports.importFile(file, false, Progress.NONE),
                "binary junk is refused before any row is read");

        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Name,Date,Organisation\nA Person,01/01/2020,Org One\n".getBytes(StandardCharsets.US_ASCII));
            out.write("x".repeat(CsvFileReader.MAX_LINE_CHARS + 10).getBytes(StandardCharsets.US_ASCII));
        }
        ImportReport report = imports.importFile(file, false, Progress.NONE);
        assertEquals(0, report.imported());
        assertTrue(report.fileProblem().orElseThrow().startsWith("Line 3 of broken.csv is longer than"));
        assertEquals(3, report.refused().get(0).line());
        assertEquals(0, services.register().count());
    }

    @Test
    void windows1252WithSemicolonsImportsItsAccents() throws IOException {
        Path file = CsvFiles.written(dir.resolve("old-excel.csv"), Charset.forName("windows-1252"), "\r\n",
                "Name;Date;Organisation;Town;Postcode", "Zoë Brontë;24/11/2025;Café Société;Fernley;le16 7qq");
        ImportReport report = imports.importFile(file, false, Progress.NONE);
        assertEquals(1, report.imported(), report.refused().toString());
        Signatory zoe = all().get(0);
        assertEquals("Zoë Brontë", zoe.signatoryName());
        assertEquals("Café Société", zoe.organisation());
        assertEquals("LE16 7QQ", zoe.form().address().postcode());
    }

    @Test
    void cancellingRollsTheWholeImportBack() throws IOException {
        StringBuilder csv = new StringBuilder("Name,Date,Organisation\n");
        for (int i = 0; i < 1200; i++) {
            csv.append("Person ").append(i).append(",01/01/2020,Organisation number ").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("many.csv"), csv);
        Progress cancelWhileInserting = new Progress() {
            private boolean inserting;

            @Override
            public void update(long done, long total, String message) {
                inserting = total > 0 && done >= 500;
            }

            @Override
            public boolean isCancelled() {
                return inserting;
            }
        };
        assertThrows(CancelledException.class, () -> imports.importFile(file, false, cancelWhileInserting));
        assertEquals(0, services.register().count());
    }

    @Test
    void previewGuessesTheColumnsAndJudgesTheFirstRows() throws IOException {
        CsvPreview preview = imports.preview(officeFile());
        assertEquals("UTF-8 with byte-order mark, separated by commas", preview.layout().describe());
        assertEquals(7, preview.rows().size());
        assertEquals(2, preview.rows().stream().filter(RowCheck::isAccepted).count());
        assertEquals(0, services.register().count(), "a preview changes nothing");
    }

    @Test
    void textUnderAColumnWithNoHeadingThatWasLeftOutIsSaidInTheReport() throws IOException {
        Path file = CsvFiles.excelUtf8(dir.resolve("nameless.csv"), "Name,Date,On behalf of Organisation,,Address",
                "Karen Whitfield,13/02/2025,Larder,Needs large print,1 Road",
                "Omar Haddad,14/02/2025,Oakwell Youth Club,,2 Road");
        ImportReport report = imports.importFile(file, false, Progress.NONE);
        assertEquals(2, report.imported());
        assertEquals(List.of("column 4, which has no heading"), report.unmappedColumns());
        assertTrue(report.summary().endsWith("Not imported: the column \"column 4, which has no heading\"."),
                report.summary());
    }
}
