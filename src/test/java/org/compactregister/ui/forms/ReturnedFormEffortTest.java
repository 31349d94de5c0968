package org.compactregister.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.compactregister.form.FormBox;
import org.compactregister.form.FormCorpusAccess;
import org.compactregister.form.FormService;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Signatory;
import org.compactregister.model.Status;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanService;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.service.Progress;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.WindowTestExtension;
import org.compactregister.ui.scan.InboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Counts what staff do, in the real window, to enter a returned form from the scan inbox: keys and
 * clicks as actions, the letters of handwritten values typed counted apart. A returned renewal and
 * a returned fillable PDF need only opening the inbox, opening the file and saving; a handwritten
 * blank form needs its letters, one key to go straight to it (Check returned forms, Ctrl+R) and one
 * Enter for each box that has no certain end (the date and the address move on by themselves).
 */
class ReturnedFormEffortTest {

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onRegister(ScanTestRegister::open);

    private int actions;
    private int typed;

    private void press(FxRobot robot, KeyCode... keys) {
        robot.push(keys);
        actions++;
    }

    /**
     * Types a handwritten value into the box that has the focus in the verification window, at once
     * (Monocle's robot cannot type '@' or '/'; several windows count as focused there, so the
     * verification window is named), counted by its letters.
     */
    private void write(FxRobot robot, String text) {
        javafx.scene.Scene scene = robot.lookup("#verify-name").query().getScene();
        robot.interact(() -> {
            TextField field = (TextField) scene.getFocusOwner();
            field.setText(text);
            field.end();
        });
        typed += text.length();
    }

    private Path inbox() throws Exception {
        Path inbox = Files.createDirectories(window.folder().resolve("scanner"));
        new ScanInbox(window.services(), new ScanService(window.services())).setFolder(inbox);
        return inbox;
    }

    private InboxEntry openInboxAndWaitForMatch(FxRobot robot) throws Exception {
        press(robot, KeyCode.SHORTCUT, KeyCode.I);
        window.waitUntil(() -> robot.lookup("#inbox-list").tryQuery().isPresent());
        ListView<InboxEntry> list = robot.lookup("#inbox-list").queryListView();
        window.waitUntil(() -> list.getItems().size() == 1 && list.getItems().get(0).match() != null
                && list.getSelectionModel().getSelectedItem() != null && list.isFocused());
        return list.getItems().get(0);
    }

    @Test
    void aReturnedRenewalScanIsSavedInThreeActions(FxRobot robot) throws Exception {
        Signatory signatory = ScanTestRegister.addSignatory(window.services(), 0);
        window.services().register().markAcknowledged(java.util.List.of(signatory.id()), ScanTestRegister.CLOCK
                .instant().atZone(ScanTestRegister.CLOCK.getZone()).toLocalDate());
        FormService forms = new FormService(window.services());
        byte[] pdf = forms.pdf(java.util.List.of(forms.formFor(signatory)), false, Progress.NONE);
        var picture = FormCorpusAccess.scanned(pdf, 0, 200, 90 + 1.5, Map.of());
        ImageIO.write(picture, "png", inbox().resolve("renewal.png").toFile());
        window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());

        InboxEntry entry = openInboxAndWaitForMatch(robot);
        assertTrue(entry.matchInWords().startsWith("matched " + signatory.reference()), entry.matchInWords());
        press(robot, KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#verify-name").tryQuery().isPresent()
                && !robot.lookup("#verify-name").queryAs(TextField.class).getText().isEmpty());
        assertEquals(signatory.organisation(), robot.lookup("#verify-organisation").queryAs(TextField.class).getText());
        press(robot, KeyCode.SHORTCUT, KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#verify-name").tryQuery().isEmpty());

        Signatory saved = window.services().register().find(signatory.id()).orElseThrow();
        assertEquals(Status.RECEIVED, saved.status(), "received again: the acknowledgement letter is due");
        assertEquals(1, new ScanService(window.services()).list(signatory.id()).size(), "the scan is kept with it");
        System.out.printf("Effort: returned renewal scan: %d actions%n", actions);
        assertTrue(actions <= 5, "a returned renewal in at most 5 actions: " + actions);
    }

    @Test
    void aReturnedFillablePdfIsSavedInThreeActions(FxRobot robot) throws Exception {
        FormService forms = new FormService(window.services());
        byte[] pdf = forms.pdf(forms.newBlankForms(1), true, Progress.NONE);
        Map<FormBox, String> values = new LinkedHashMap<>();
        values.put(FormBox.NAME, "Siân Ŵyn");
        values.put(FormBox.DATE, "03/11/2026");
        values.put(FormBox.ORGANISATION, "Cymdeithas Tŷ Gŵyr");
        values.put(FormBox.ADDRESS, "Uned 2, Heol y Bont\nAbermill\nMB4 7ZZ");
        values.put(FormBox.TEL, "01632 960123");
        values.put(FormBox.EMAIL, "post@tygwyr.example");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var acroForm = document.getDocumentCatalog().getAcroForm(null);
            for (var value : values.entrySet()) {
                acroForm.getField("form1_" + value.getKey().fieldName()).setValue(value.getValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            Files.write(inbox().resolve("returned by email.pdf"), out.toByteArray());
        }
        window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());

        openInboxAndWaitForMatch(robot);
        press(robot, KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#verify-name").tryQuery().isPresent()
                && "Siân Ŵyn".equals(robot.lookup("#verify-name").queryAs(TextField.class).getText()));
        press(robot, KeyCode.SHORTCUT, KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#verify-name").tryQuery().isEmpty());

        Signatory saved = window.services().register().find(1).orElseThrow();
        assertEquals("Cymdeithas Tŷ Gŵyr", saved.organisation());
        assertEquals("MB4 7ZZ", saved.form().address().postcode());
        assertEquals("Abermill", saved.form().address().town());
        assertEquals(HowReceived.EMAIL, saved.form().howReceived());
        System.out.printf("Effort: returned fillable PDF: %d actions%n", actions);
        assertTrue(actions <= 3, "a returned fillable PDF in at most 3 actions: " + actions);
    }

    @Test
    void aHandwrittenBlankFormIsItsLettersPlusFiveActions(FxRobot robot) throws Exception {
        FormService forms = new FormService(window.services());
        byte[] pdf = forms.pdf(forms.newBlankForms(1), false, Progress.NONE);
        Map<FormBox, String> handwriting = new LinkedHashMap<>();
        handwriting.put(FormBox.NAME, "Ada Bell");
        handwriting.put(FormBox.DATE, "2/11/2026");
        handwriting.put(FormBox.ORGANISATION, "Brookside Larder");
        handwriting.put(FormBox.ADDRESS, "1 Mill Row, Abermill, MB2 1AB");
        handwriting.put(FormBox.TEL, "01632 960555");
        handwriting.put(FormBox.EMAIL, "ada@brookside.example");
        var picture = FormCorpusAccess.scanned(pdf, 0, 300, -2, handwriting);
        Files.write(inbox().resolve("blank form.jpg"), FormCorpusAccess.jpeg(picture, 0.5f));
        window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());

        press(robot, KeyCode.SHORTCUT, KeyCode.R);
        window.waitUntil(() -> robot.lookup("#verify-name").tryQuery().isPresent()
                && !robot.lookup("#verify-name").queryAs(TextField.class).isDisabled()
                && robot.lookup("#verify-name").queryAs(TextField.class).isFocused());
        int enters = 0;
        for (Map.Entry<FormBox, String> box : handwriting.entrySet()) {
            write(robot, box.getValue());
            TextField input = robot.lookup("#verify-" + box.getKey().fieldName()).queryAs(TextField.class);
            if (input.isFocused()) {
                press(robot, KeyCode.ENTER);
                enters++;
            }
        }
        try {
            window.waitUntil(() -> robot.lookup("#verify-name").tryQuery().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            StringBuilder seen = new StringBuilder(robot.lookup("#verify-message").queryLabeled().getText());
            for (FormBox box : FormBox.values()) {
                seen.append(" | ").append(robot.lookup("#verify-" + box.fieldName()).queryAs(TextField.class).getText())
                        .append(" ").append(robot.lookup("#verify-problem-" + box.fieldName()).queryLabeled().getText());
            }
            throw new AssertionError("not saved: " + seen, e);
        }

        Signatory saved = window.services().register().find(1).orElseThrow();
        assertEquals("Ada Bell", saved.signatoryName());
        assertEquals(java.time.LocalDate.of(2026, 11, 2), saved.form().dateSigned());
        assertEquals("Brookside Larder", saved.organisation());
        assertEquals("1 Mill Row", saved.form().address().line1());
        assertEquals("Abermill", saved.form().address().town());
        assertEquals("MB2 1AB", saved.form().address().postcode());
        assertEquals("01632 960555", saved.form().telephone());
        assertEquals("ada@brookside.example", saved.form().email());
        assertEquals(1, new ScanService(window.services()).list(saved.id()).size(), "the scan is kept with it");
        int letters = handwriting.values().stream().mapToInt(String::length).sum();
        System.out.printf("Effort: handwritten blank form: %d letters typed + %d actions (%d boxes)%n", typed, actions,
                handwriting.size());
        assertEquals(letters, typed);
        assertEquals(4, enters, "Enter after the name, the organisation, the phone and the email (which saves)");
        assertTrue(actions <= 5, "a handwritten blank form in its letters plus at most 5 actions: " + actions);
    }
}
