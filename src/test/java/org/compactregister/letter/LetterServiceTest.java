package org.compactregister.letter;

import static org.compactregister.letter.LetterFixtures.CLOCK;
import static org.compactregister.letter.LetterFixtures.TODAY;
import static org.compactregister.letter.LetterFixtures.add;
import static org.compactregister.letter.LetterFixtures.addUnchecked;
import static org.compactregister.letter.LetterFixtures.occurrences;
import static org.compactregister.letter.LetterFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.compactregister.model.Address;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.LetterRecipient;
import org.compactregister.model.LetterTemplate;
import org.compactregister.model.SentLetter;
import org.compactregister.model.Signatory;
import org.compactregister.model.Status;
import org.compactregister.pdf.UnprintableTextException;
import org.compactregister.service.CancelledException;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.compactregister.persistence.Engine;
import org.compactregister.persistence.Engines;

@ParameterizedClass
@ArgumentsSource(Engines.class)
class LetterServiceTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private Services services;
    private LetterService letters;

    @BeforeEach
    void open() {
        services = Services.open(Engines.register(engine, dir), CLOCK);
        letters = new LetterService(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theOutstandingLettersComeBackFromThePdfWithNamesAddressesAndDates() throws Exception {
        Signatory oak = add(services, "Wojciech Wiśniewski-Łęcki", "Oakwell Polish Saturday School",
                new Address("12 Chapel Lane", "", "Oakwell", "LE2 7QX"));
        Signatory ayse = add(services, "Ayşe Yılmaz", "Thornby Turkish Women's Group",
                new Address("Unit 4, Riverside Studios", "Mill Street", "Thornby", "LE4 1AB"));
        Signatory eleni = add(services, "Ελένη Παπαδοπούλου", "Ashcombe Greek Community Association",
                new Address("3 Orchard Way", "", "Ashcombe", "LE5 2CD"));
        Signatory done = add(services, "Nguyễn Thị Lan", "Kingsmere Vietnamese Elders",
                new Address("9 Station Road", "", "Kingsmere", "LE11 3EF"));
        services.register().markAcknowledged(List.of(done.id()), TODAY.minusDays(5));

        List<Signatory> outstanding = letters.outstanding();
        assertEquals(List.of(eleni.id(), oak.id(), ayse.id()), outstanding.stream().map(Signatory::id).toList(),
                "received and not yet acknowledged, by organisation");
        LetterRun run = letters.make(letters.lettersFor(outstanding, TODAY), Progress.NONE);

        assertEquals(3, run.letters().size());
        assertTrue(run.refused().isEmpty());
        String text = text(run.pdf());
        assertEquals(3, occurrences(text, "Yours sincerely,"), "one letter each");
        for (String expected : List.of("Dear Wojciech Wiśniewski-Łęcki,", "Dear Ayşe Yılmaz,",
                "Dear Ελένη Παπαδοπούλου,", "Oakwell Polish Saturday School", "Unit 4, Riverside Studios",
                "Mill Street", "LE4 1AB", "24 November 2026", "3 October 2026", "9 October 2026",
                "Our reference: " + oak.reference(), "Brambleford Council for Voluntary Service")) {
            assertTrue(text.contains(expected), () -> expected + " missing from:\n" + text);
        }
        assertFalse(text.contains("Kingsmere Vietnamese Elders"), "already acknowledged");
        assertFalse(text.contains("Page 1 of"), "one-page letters carry no page numbers");
        try (PDDocument document = Loader.loadPDF(run.pdf())) {
            assertEquals(3, document.getNumberOfPages());
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts++;
                }
            }
            assertTrue(fonts >= 6, "regular and bold on each page");
        }
        assertEquals(Status.RECEIVED, services.register().find(oak.id()).orElseThrow().status(),
                "making the letters marks nobody acknowledged");
        LetterFixtures.renderPages(run.pdf(), Path.of("target/letter-pictures"), "outstanding");
    }

    @Test
    void onlyConfirmingTheLettersWentOutMarksThemAcknowledgedAndKeepsThemInTheHistory() throws Exception {
        Signatory oak = add(services, "Siobhán Ní Mhurchú", "Oakwell Irish Dancing Club",
                new Address("1 Green Street", "", "Oakwell", "LE2 1AA"));
        LetterRun run = letters.make(letters.lettersFor(letters.outstanding(), TODAY), Progress.NONE);
        Path saved = dir.resolve("out/letters.pdf");
        letters.savePdf(run.pdf(), saved);
        assertTrue(Files.size(saved) > 1000);
        assertEquals(Status.RECEIVED, services.register().find(oak.id()).orElseThrow().status());
        assertTrue(letters.history(oak.id()).isEmpty());

        assertEquals(1, letters.confirmSent(run.letters()));

        Signatory after = services.register().find(oak.id()).orElseThrow();
        assertEquals(Status.ACKNOWLEDGED, after.status());
        assertEquals(TODAY, after.acknowledgedOn());
        List<SentLetter> history = letters.history(oak.id());
        assertEquals(1, history.size());
        assertEquals(TODAY, history.get(0).letterDate());
        assertEquals(1, history.get(0).templateVersion());
        assertTrue(letters.outstanding().isEmpty());
    }

    @Test
    void aReprintIsTheLetterAsItWentOutEvenAfterTheRegisterAndTemplateChanged() throws Exception {
        Signatory oak = add(services, "Ioana Țăranu", "Brambleford Romanian Families Network",
                new Address("5 Mill Street", "", "Brambleford", "LE3 5GH"));
        LetterRun first = letters.makeOne(letters.lettersFor(List.of(oak), TODAY).get(0));
        letters.confirmSent(first.letters());

        Signatory acknowledged = services.register().find(oak.id()).orElseThrow();
        var changedForm = oak.form().withAddress(new Address("99 New Road", "", "Thornby", "LE4 9ZZ"));
        services.register().update(acknowledged, changedForm, true);
        var template = letters.currentTemplate();
        letters.saveTemplate(new LetterTemplate(template.version(), "Another Sender",
                template.senderAddress(), template.senderPhone(), template.senderEmail(), template.logo(),
                template.subject(), "Completely different words for {organisation}.", template.noNameGreeting(),
                template.signatureName(), template.signatureRole()));

        SentLetter sent = letters.history(oak.id()).get(0);
        LetterRun reprint = letters.makeOne(letters.asSent(sent));
        assertEquals(text(first.pdf()), text(reprint.pdf()));
        assertTrue(text(reprint.pdf()).contains("5 Mill Street"));
    }

    @Test
    void aNameNoFontCanPrintIsRefusedNamingTheLetterAndTheRestAreMade() throws Exception {
        add(services, "Ana Kowalska", "Ashcombe Allotment Society", new Address("2 Mill Street", "", "Ashcombe", "LE5 1AA"));
        addUnchecked(services, "ሰላም ተስፋዬ", "Brambleford Eritrean Association", new Address("8 Chapel Lane", "", "Brambleford", "LE1 2BB"));

        LetterRun run = letters.make(letters.lettersFor(letters.outstanding(), TODAY), Progress.NONE);

        assertEquals(1, run.letters().size());
        assertEquals(1, run.refused().size());
        String reason = run.refused().get(0).reason();
        assertTrue(reason.contains("\"Brambleford Eritrean Association\" (CS-"), reason);
        assertTrue(reason.contains("signatory's name"), reason);
        assertTrue(reason.contains("Ethiopic script"), reason);
        assertFalse(text(run.pdf()).contains("Eritrean Association"));
        assertThrows(UnprintableTextException.class,
                () -> letters.makeOne(letters.lettersFor(List.of(letters.outstanding().get(1)), TODAY).get(0)));
    }

    @Test
    void withoutANameTheLetterSaysDearColleagueAndYoursFaithfully() throws Exception {
        LetterRecipient noName = new LetterRecipient(7, "", "Thornby Food Bank", new Address("1 Church Walk", "",
                "Thornby", "LE4 3CC"), TODAY.minusDays(20), TODAY.minusDays(10), "Voluntary and community organisation");
        String text = text(letters.makeOne(new AcknowledgementLetter(letters.currentTemplate(), noName, TODAY)).pdf());
        assertTrue(text.contains("Dear colleague,"), text);
        assertTrue(text.contains("Yours faithfully,"), text);
        assertFalse(text.contains("Dear ,"));
    }

    @Test
    void cancellingABatchStopsIt() {
        add(services, "Ana Kowalska", "Ashcombe Allotment Society", new Address("2 Mill Street", "", "Ashcombe", "LE5 1AA"));
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class,
                () -> letters.make(letters.lettersFor(letters.outstanding(), TODAY), cancelled));
    }
}
