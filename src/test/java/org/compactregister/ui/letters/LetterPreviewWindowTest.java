package org.compactregister.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.Status;
import org.compactregister.service.SaveOutcome;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Drives the real letter preview from the Letters menu: the letter for the selected signatory is
 * shown as it will print, and Save as PDF writes a real PDF of it.
 */
class LetterPreviewWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/London"));

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Signatory signatory;

    @BeforeEach
    void showTheLettersMenuWithASignatorySelected() throws Exception {
        LocalDate signed = LocalDate.of(2026, 11, 2);
        CommitmentForm form = new CommitmentForm("Ελένη Παπαδοπούλου", signed, "Ashcombe Greek Community Association",
                new Address("3 Orchard Way", "", "Ashcombe", "LE5 2CD"), "", "", Sector.VOLUNTARY_AND_COMMUNITY,
                signed.plusDays(3), HowReceived.POST, "");
        signatory = ((SaveOutcome.Saved) window.services().register().register(form, true)).signatory();
        window.show(stage -> {
            LettersMenu letters = new LettersMenu(stage, window.services(), window.executor(), dialogs,
                    new SimpleObjectProperty<>(signatory), () -> { });
            stage.setScene(new Scene(new BorderPane(new Label("Register"), new MenuBar(letters.menu()), null, null,
                    null), 600, 300));
            stage.show();
        });
    }

    @Test
    void theLetterForTheSelectedSignatoryIsPreviewedAndSavedAsAPdf(FxRobot robot) throws Exception {
        robot.clickOn("Letters").clickOn("Letter for selected signatory…");
        window.waitUntil(() -> robot.lookup("#letter-page").tryQuery().isPresent());
        ImageView page = robot.lookup("#letter-page").queryAs(ImageView.class);
        window.waitUntil(() -> page.getImage() != null);
        assertTrue(page.getImage().getHeight() > page.getImage().getWidth(), "an A4 page, upright");
        assertEquals("Page 1 of 1", robot.lookup("#letters-page-label").queryAs(Label.class).getText());

        Path pdf = window.folder().resolve("letter to Ashcombe.pdf");
        dialogs.answerFile(pdf).answerConfirm(true);
        robot.clickOn("#letters-save");
        window.waitUntil(() -> robot.lookup("#letters-message").queryAs(Label.class).getText()
                .equals("1 signatory marked as acknowledged."));
        assertEquals("Did the letter go out?", dialogs.last().title(), "asked only once the PDF was saved");
        assertEquals(Status.ACKNOWLEDGED, window.services().register().find(signatory.id()).orElseThrow().status());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ashcombe Greek Community Association"), text);
            assertTrue(text.contains("Dear Ελένη Παπαδοπούλου,"), text);
            assertTrue(text.contains(signatory.reference()), text);
        }
    }
}
