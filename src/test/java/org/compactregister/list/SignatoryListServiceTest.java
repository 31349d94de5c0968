package org.compactregister.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.SignatoryListFilter;
import org.compactregister.model.SignatoryListOrder;
import org.compactregister.model.Status;
import org.compactregister.service.CancelledException;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatoryListServiceTest {

    @TempDir
    Path dir;

    private Services services;
    private SignatoryListService lists;
    private List<Signatory> signatories;

    @BeforeEach
    void open() {
        services = ListTestRegister.open(dir);
        lists = new SignatoryListService(services);
        signatories = ListTestRegister.fill(services, 120);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void thePublicListHoldsNoNamePhoneEmailOrAddressInThePdfOrTheCsv() throws Exception {
        ListTestRegister.withdraw(services, signatories.get(3));
        SignatoryListFilter everyone = SignatoryListFilter.current().withWithdrawn(true);
        List<String> texts = new ArrayList<>();
        for (SignatoryListOrder order : SignatoryListOrder.values()) {
            SignatoryList list = new SignatoryList(SignatoryListKind.PUBLIC, everyone, order);
            texts.add(pdfText(lists.pdf(list, Progress.NONE)));
            texts.add(csvText(list));
        }
        for (String text : texts) {
            for (Signatory s : signatories) {
                var form = s.form();
                for (String personal : List.of(form.signatoryName(), form.telephone(), form.address().postcode(),
                        form.address().line1(), form.address().line2())) {
                    if (!personal.isEmpty()) {
                        assertFalse(text.contains(personal), () -> "public list shows \"" + personal + "\"");
                    }
                }
                if (!form.email().isEmpty()) {
                    assertFalse(text.contains(form.email()), form.email());
                    assertFalse(text.contains("@"), "no email at all in the public list");
                }
                assertFalse(text.contains(form.telephone().replace(" ", "")), form.telephone());
            }
            assertTrue(text.contains(signatories.get(0).organisation()), "the organisations are there");
            assertTrue(text.contains(signatories.get(3).organisation()), "withdrawn included when asked for");
        }
    }

    @Test
    void theInternalListHasTheContactDetails() throws Exception {
        SignatoryList list = new SignatoryList(SignatoryListKind.INTERNAL, SignatoryListFilter.current(),
                SignatoryListOrder.BY_ORGANISATION);
        String pdf = pdfText(lists.pdf(list, Progress.NONE)).replaceAll("\\s+", " ");
        String csv = csvText(list);
        Signatory someone = signatories.get(5);
        assertTrue(pdf.contains(someone.signatoryName()), pdf);
        assertTrue(pdf.contains(someone.form().telephone()));
        assertTrue(pdf.contains(someone.form().address().postcode()));
        assertTrue(csv.contains(someone.form().email()));
        assertTrue(csv.contains(someone.form().address().line1()));
    }

    @Test
    void everyPageRepeatsTheTitleTheColumnHeadingsAndPageNOfM() throws Exception {
        for (SignatoryListKind kind : SignatoryListKind.values()) {
            SignatoryList list = new SignatoryList(kind, SignatoryListFilter.current(), SignatoryListOrder.BY_SECTOR);
            try (PDDocument document = Loader.loadPDF(lists.pdf(list, Progress.NONE))) {
                int pages = document.getNumberOfPages();
                assertTrue(pages >= 3, kind + " list of 120 runs to several pages, not " + pages);
                for (int page = 1; page <= pages; page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(document);
                    assertTrue(text.contains(kind.title()), "title on page " + page);
                    assertTrue(text.contains("Printed 29 November 2026"), "date printed on page " + page);
                    assertTrue(text.contains("Organisation"), "column heading on page " + page);
                    assertTrue(text.contains(kind == SignatoryListKind.PUBLIC ? "Date signed" : "Telephone"),
                            "column heading on page " + page);
                    assertTrue(text.contains("Page " + page + " of " + pages), "page number on page " + page);
                }
                float width = document.getPage(0).getMediaBox().getWidth();
                assertEquals(kind == SignatoryListKind.INTERNAL ? 842 : 595, Math.round(width), "A4, landscape for internal");
            }
        }
    }

    @Test
    void groupHeadingsCountEachSectorAndTheCountsAddUp() throws Exception {
        String text = pdfText(lists.pdf(SignatoryList.publicList(), Progress.NONE));
        int sum = 0;
        for (Sector sector : Sector.values()) {
            int count = lists.count(SignatoryListFilter.current().withSector(sector));
            if (count > 0) {
                assertTrue(text.contains(sector.label() + " (" + count + ")"), sector + " heading with its count");
            }
            sum += count;
        }
        assertEquals(120, sum);
        assertTrue(text.contains("All current signatories: 120 organisations, grouped by sector."), text);
    }

    @Test
    void longNamesWrapAndAreNeverCutOff() throws Exception {
        String longName = "The Brambleford, Kingsmere and Oakwell Community Association for Carers, Young Carers "
                + "and Their Families, incorporating the Hollin Vale Befriending Scheme and the Larkhill Dementia Café";
        ListTestRegister.add(services, List.of(ListTestRegister.form(longName, "Zofia Nowak",
                Sector.VOLUNTARY_AND_COMMUNITY, LocalDate.of(2024, 3, 1))));
        for (SignatoryListKind kind : SignatoryListKind.values()) {
            String text = pdfText(lists.pdf(new SignatoryList(kind, SignatoryListFilter.current(),
                    SignatoryListOrder.BY_ORGANISATION), Progress.NONE));
            String flat = text.replaceAll("\\s+", " ");
            for (String word : longName.split(" ")) {
                assertTrue(flat.contains(word), word + " printed");
            }
            assertFalse(text.contains(longName), "so long a name is wrapped over lines in the " + kind + " list");
        }
    }

    @Test
    void formulaLikeValuesAreNeutralisedAndAccentsKeptInTheCsv() throws Exception {
        LocalDate signed = LocalDate.of(2025, 5, 6);
        ListTestRegister.add(services, List.of(
                ListTestRegister.form("=HYPERLINK(\"http://example.org\",\"Click\")", "Siobhán Ó Briain",
                        Sector.SOCIAL_ENTERPRISE, signed),
                ListTestRegister.form("+Plus Community Trust", "Ayşe Yılmaz", Sector.SOCIAL_ENTERPRISE, signed),
                ListTestRegister.form("-Minus Youth Club", "Łucja Wiśniewska", Sector.SOCIAL_ENTERPRISE, signed),
                ListTestRegister.form("@Home Befrienders", "Nguyễn Thị Lan", Sector.SOCIAL_ENTERPRISE, signed)));
        SignatoryList list = new SignatoryList(SignatoryListKind.INTERNAL,
                SignatoryListFilter.current().withSector(Sector.SOCIAL_ENTERPRISE).signedBetween(signed, signed),
                SignatoryListOrder.BY_ORGANISATION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lists.writeCsv(list, out, Progress.NONE);
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "byte-order mark for the spreadsheet");
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(4, rows.size());
        List<String> organisations = rows.stream().map(r -> r.get("Organisation")).toList();
        assertTrue(organisations.containsAll(List.of("'=HYPERLINK(\"http://example.org\",\"Click\")",
                "'+Plus Community Trust", "'-Minus Youth Club", "'@Home Befrienders")), organisations.toString());
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertFalse(cell.matches("^[=+\\-@\t\r].*"), "cell left as a formula: " + cell);
            }
        }
        assertTrue(csv.contains("Siobhán Ó Briain") && csv.contains("Nguyễn Thị Lan") && csv.contains("Łucja Wiśniewska"));
        assertTrue(csv.startsWith("Reference,Organisation,Signatory name,Date signed"), "one header row");
        assertTrue(csv.contains(",2025-05-06,"), "dates a spreadsheet reads in any language");
    }

    @Test
    void filtersChooseBySectorStatusAndDatesAndLeaveWithdrawnOutUnlessAsked() {
        Signatory withdrawn = ListTestRegister.withdraw(services, signatories.get(0));
        assertEquals(119, lists.count(SignatoryListFilter.current()));
        assertEquals(120, lists.count(SignatoryListFilter.current().withWithdrawn(true)));
        assertEquals(1, lists.count(SignatoryListFilter.current().withStatus(Status.WITHDRAWN)));
        long inSector = signatories.stream().filter(s -> s.form().sector() == Sector.SOCIAL_ENTERPRISE
                && s.id() != withdrawn.id()).count();
        assertEquals(inSector, lists.count(SignatoryListFilter.current().withSector(Sector.SOCIAL_ENTERPRISE)));
        LocalDate from = LocalDate.of(2022, 1, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);
        long between = signatories.stream().filter(s -> s.id() != withdrawn.id())
                .filter(s -> !s.form().dateSigned().isBefore(from) && !s.form().dateSigned().isAfter(to)).count();
        assertEquals(between, lists.count(SignatoryListFilter.current().signedBetween(from, to)));
        var reversed = assertThrows(RefusedException.class,
                () -> lists.count(SignatoryListFilter.current().signedBetween(to, from)));
        assertTrue(reversed.getMessage().contains("after"), reversed.getMessage());
    }

    @Test
    void anEmptyChoiceStillPrintsAPageThatSaysSo() throws Exception {
        String text = pdfText(lists.pdf(new SignatoryList(SignatoryListKind.PUBLIC,
                SignatoryListFilter.current().withStatus(Status.WITHDRAWN), SignatoryListOrder.BY_SECTOR), Progress.NONE));
        assertTrue(text.contains("No signatory matches this choice"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
    }

    @Test
    void oneCellTheFontsCannotPrintNeverStopsTheListAndEveryOneIsNamed() throws Exception {
        List<Signatory> added = ListTestRegister.add(services, List.of(
                ListTestRegister.form("ሰላም Community Trust", "Amelia Whitfield", Sector.VOLUNTARY_AND_COMMUNITY,
                        LocalDate.of(2024, 1, 9)),
                ListTestRegister.form("Leicester Chinese Elders 莱斯特华人长者协会", "李明", Sector.VOLUNTARY_AND_COMMUNITY,
                        LocalDate.of(2024, 1, 10)),
                ListTestRegister.form("Abyssinia Lunch Club", "ተስፋዬ ገብሩ", Sector.VOLUNTARY_AND_COMMUNITY,
                        LocalDate.of(2024, 1, 11))));
        Signatory ethiopic = added.stream().filter(s -> s.organisation().startsWith("ሰላም")).findFirst().orElseThrow();
        Signatory lunchClub = added.stream().filter(s -> s.organisation().startsWith("Abyssinia")).findFirst()
                .orElseThrow();

        String text = pdfText(lists.pdf(new SignatoryList(SignatoryListKind.INTERNAL, SignatoryListFilter.current(),
                SignatoryListOrder.BY_ORGANISATION), Progress.NONE)).replaceAll("\\s+", " ");

        assertTrue(text.contains("莱斯特华人长者协会"), text);
        assertTrue(text.contains("??? Community Trust"), text);
        assertTrue(text.contains("2 entries could not be printed in full"), text);
        assertTrue(text.contains("organisation name of " + ethiopic.reference()), text);
        assertTrue(text.contains("signatory's name of " + lunchClub.reference()), text);
        assertTrue(text.contains("Ethiopic script"), text);
    }

    @Test
    void aCancelledSaveLeavesNoFileBehind() {
        Path file = dir.resolve("lists").resolve("public.pdf");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> lists.savePdf(SignatoryList.publicList(), file, cancelled));
        assertFalse(Files.exists(file));
        lists.exportCsv(SignatoryList.publicList(), file.resolveSibling("public.csv"), Progress.NONE);
        assertTrue(Files.exists(file.resolveSibling("public.csv")));
    }

    private String csvText(SignatoryList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lists.writeCsv(list, out, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // No-break spaces (kept inside postcodes) read as spaces, so that a search for a postcode finds it.
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ');
        }
    }
}
