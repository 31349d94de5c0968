package org.compactregister.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compactregister.letter.LetterService;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.LetterField;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.Status;
import org.compactregister.persistence.SignatoryRepository;
import org.compactregister.service.SaveOutcome;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The letters screens' rules, without a window. */
class LetterViewModelsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Services services;
    private LetterService letters;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private int registerRefreshed;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), CLOCK);
        letters = new LetterService(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Signatory add(String name, String organisation) {
        return ((SaveOutcome.Saved) services.register().register(form(name, organisation), true)).signatory();
    }

    /** Straight into the file, past the entry rules, as a register filled before they refused unprintable names. */
    private Signatory addUnchecked(String name, String organisation) {
        new SignatoryRepository(services.database().jdbi()).addAll(List.of(form(name, organisation)), Instant.now());
        return services.register().find(services.register().count()).orElseThrow();
    }

    private static CommitmentForm form(String name, String organisation) {
        return new CommitmentForm(name, LocalDate.of(2026, 11, 2), organisation,
                new Address("4 Mill Street", "", "Oakwell", "LE2 1AA"), "", "", Sector.SOCIAL_ENTERPRISE,
                LocalDate.of(2026, 11, 5), HowReceived.BY_HAND, "");
    }

    private LetterPreviewViewModel preview() {
        return new LetterPreviewViewModel(letters, executor, dialogs, () -> registerRefreshed++);
    }

    private Status statusOf(Signatory s) {
        return services.register().find(s.id()).orElseThrow().status();
    }

    @Test
    void allOutstandingAreShownCountedSavedAndMarkedOnlyWhenTheUserSaysTheyWentOut() throws Exception {
        Signatory a = add("Zofia Nowak", "Oakwell Repair Café CIC");
        Signatory b = add("Αλέξης Γεωργίου", "Thornby Community Bakery");
        LetterPreviewViewModel model = preview();
        model.makeOutstanding();

        assertEquals(2, model.runProperty().get().letters().size());
        assertTrue(model.messageProperty().get().startsWith("2 letters ready (2 pages)"), model.messageProperty().get());
        assertEquals("Page 1 of 2", model.pageLabelProperty().get());
        assertNotNull(model.pageProperty().get());
        model.nextPage();
        assertEquals("Page 2 of 2", model.pageLabelProperty().get());

        Path file = dir.resolve("letters.pdf");
        dialogs.answerFile(file).answerConfirm(false);
        model.saveAsPdf();
        try (PDDocument saved = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(saved);
            assertTrue(text.contains("Dear Αλέξης Γεωργίου,"), text);
            assertTrue(text.contains("Oakwell Repair Café CIC"), text);
        }
        assertEquals("Did the 2 letters go out?", dialogs.last().title());
        assertTrue(dialogs.last().message().contains("24 November 2026"), dialogs.last().message());
        assertEquals(Status.RECEIVED, statusOf(a), "the user said no");
        assertEquals(Status.RECEIVED, statusOf(b));
        assertEquals(0, registerRefreshed);

        dialogs.answerConfirm(true);
        model.markAsSent();
        assertEquals(Status.ACKNOWLEDGED, statusOf(a));
        assertEquals(Status.ACKNOWLEDGED, statusOf(b));
        assertTrue(model.markedProperty().get());
        assertEquals("2 signatories marked as acknowledged.", model.messageProperty().get());
        assertEquals(1, registerRefreshed);
        assertEquals(1, letters.history(a.id()).size());

        int questions = dialogs.shown().size();
        model.markAsSent();
        assertEquals(questions, dialogs.shown().size(), "marked once only");
    }

    @Test
    void withNothingOutstandingItSaysSo() {
        LetterPreviewViewModel model = preview();
        model.makeOutstanding();
        assertEquals("No signatories are waiting for an acknowledgement letter.", model.messageProperty().get());
        assertFalse(model.hasLetters().get());
        assertNull(model.pageProperty().get());
    }

    @Test
    void aLetterThatCannotBePrintedIsRefusedWithItsNameAndNothingIsMarked() {
        Signatory refused = addUnchecked("김민준", "Kingsmere Korean School");
        LetterPreviewViewModel model = preview();
        model.makeFor(refused);
        assertEquals("error", dialogs.last().kind());
        assertTrue(dialogs.last().message().contains("\"Kingsmere Korean School\" (" + refused.reference() + ")"),
                dialogs.last().message());
        assertFalse(model.hasLetters().get());
        assertEquals(Status.RECEIVED, statusOf(refused));
    }

    @Test
    void inABatchTheRefusedAreListedAndTheRestMade() {
        add("Ana Kowalska", "Ashcombe Allotment Society");
        addUnchecked("김민준", "Kingsmere Korean School");
        LetterPreviewViewModel model = preview();
        model.makeOutstanding();
        assertEquals(1, model.runProperty().get().letters().size());
        assertTrue(model.refusalsProperty().get().startsWith("1 letter was left out"), model.refusalsProperty().get());
        assertTrue(model.refusalsProperty().get().contains("Kingsmere Korean School"));
    }

    @Test
    void aReprintCannotBeMarkedAgain() {
        Signatory s = add("Ana Kowalska", "Ashcombe Allotment Society");
        letters.confirmSent(letters.lettersFor(java.util.List.of(s), CLOCK.instant().atZone(CLOCK.getZone()).toLocalDate()));
        LetterHistoryViewModel history = new LetterHistoryViewModel(letters, executor, dialogs, s);
        history.load();
        assertEquals(1, history.sent().size());
        assertTrue(history.summaryProperty().get().startsWith("1 letter sent to Ashcombe Allotment Society"));

        LetterPreviewViewModel model = preview();
        model.reprint(history.selectedProperty().get());
        assertTrue(model.hasLetters().get());
        assertFalse(model.canMarkProperty().get());
    }

    @Test
    void theTemplateIsRefusedWithItsUnknownFieldAndSavedAsTheNextVersionWhenFixed() throws Exception {
        LetterTemplateViewModel model = new LetterTemplateViewModel(letters, executor, dialogs);
        model.load();
        assertEquals("Version 1 of the template", model.versionTextProperty().get());
        assertNotNull(model.previewProperty().get(), "a preview of the shipped letter");
        assertFalse(model.changedProperty().get());

        model.bodyProperty().set("Thank you, {organisation}, member no. {membership number}.");
        assertTrue(model.changedProperty().get());
        model.save(() -> { });
        assertEquals("error", dialogs.last().kind());
        assertTrue(dialogs.last().message().contains("{membership number}"), dialogs.last().message());
        assertEquals(1, letters.currentTemplate().version());

        model.bodyProperty().set("Thank you, {organisation}. ");
        model.insertField(LetterField.REFERENCE, model.bodyProperty().get().length());
        assertEquals("Thank you, {organisation}. {reference}", model.bodyProperty().get());
        Path logo = dir.resolve("logo.png");
        Files.write(logo, org.compactregister.letter.DefaultLetterTemplate.shippedImage("letterhead.png"));
        dialogs.answerFile(logo);
        model.chooseLogo();
        model.save(() -> { });
        assertEquals("Saved as version 2 of the template", model.versionTextProperty().get());
        assertEquals("Thank you, {organisation}. {reference}", letters.currentTemplate().body());
        assertFalse(model.changedProperty().get());
        assertTrue(model.mayClose());

        model.senderPhoneProperty().set("0116 496 0999");
        dialogs.answerConfirm(false);
        assertFalse(model.mayClose(), "asks before losing changes");
    }
}
