package org.compactregister.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.compactregister.form.FormBox;
import org.compactregister.form.FormCorpusAccess;
import org.compactregister.form.FormService;
import org.compactregister.model.Signatory;
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
 * Checking returned forms one after another (Scans > Check returned forms, Ctrl+R), in the real
 * window: the first matched form opens by itself, the date moves on by itself once whole, an Enter
 * pressed out of habit after it does not skip the next box, saving opens the next matched form, and
 * Esc leaves the rest in the inbox.
 */
class CheckingReturnedFormsWindowTest {

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onRegister(ScanTestRegister::open);

    private static Map<FormBox, String> handwriting(String name, String organisation) {
        Map<FormBox, String> boxes = new LinkedHashMap<>();
        boxes.put(FormBox.NAME, name);
        boxes.put(FormBox.DATE, "2/11/2026");
        boxes.put(FormBox.ORGANISATION, organisation);
        boxes.put(FormBox.ADDRESS, "1 Mill Row, Abermill, MB2 1AB");
        boxes.put(FormBox.TEL, "01632 960555");
        boxes.put(FormBox.EMAIL, "post@example.org");
        return boxes;
    }

    /** Types into the box that has the focus in the check window, at once (Monocle's robot cannot type '@'). */
    private static void write(FxRobot robot, String text) {
        javafx.scene.Scene scene = robot.lookup("#verify-name").query().getScene();
        robot.interact(() -> {
            TextField field = (TextField) scene.getFocusOwner();
            field.setText(text);
            field.end();
        });
    }

    private TextField box(FxRobot robot, FormBox box) {
        return robot.lookup("#verify-" + box.fieldName()).queryAs(TextField.class);
    }

    private void waitForCheckWindow(FxRobot robot, String fileName) throws Exception {
        window.waitUntil(() -> {
            var heading = robot.lookup("#verify-heading").tryQuery();
            var name = robot.lookup("#verify-name").tryQuery();
            return heading.isPresent() && name.isPresent() // the windows change while this looks
                    && ((javafx.scene.control.Labeled) heading.get()).getText().contains(fileName)
                    && !name.get().isDisabled() && name.get().isFocused();
        });
    }

    @Test
    void savingOneReturnedFormOpensTheNextAndAStrayEnterSkipsNothing(FxRobot robot) throws Exception {
        FormService forms = new FormService(window.services());
        var blank = forms.newBlankForms(2);
        Path inbox = Files.createDirectories(window.folder().resolve("scanner"));
        new ScanInbox(window.services(), new ScanService(window.services())).setFolder(inbox);
        byte[] pdf = forms.pdf(blank, false, Progress.NONE);
        Files.write(inbox.resolve("a first.jpg"), FormCorpusAccess.jpeg(FormCorpusAccess.scanned(pdf, 0, 200, 1,
                handwriting("Ada Bell", "Brookside Larder")), 0.6f));
        Files.write(inbox.resolve("b second.jpg"), FormCorpusAccess.jpeg(FormCorpusAccess.scanned(pdf, 1, 200, -1,
                handwriting("Cai Rhys", "Riverside Tools")), 0.6f));
        window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());

        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        waitForCheckWindow(robot, "a first.jpg");
        write(robot, "Ada Bell");
        robot.push(KeyCode.ENTER);
        write(robot, "2/11/2026");
        window.waitUntil(() -> box(robot, FormBox.ORGANISATION).isFocused());
        robot.push(KeyCode.ENTER); // out of habit, after the date had already moved on
        assertTrue(box(robot, FormBox.ORGANISATION).isFocused(), "the stray Enter left the organisation where it was");
        write(robot, "Brookside Larder");
        robot.push(KeyCode.ENTER);
        write(robot, "1 Mill Row, Abermill, MB2 1AB");
        window.waitUntil(() -> box(robot, FormBox.TEL).isFocused());
        write(robot, "01632 960555");
        robot.push(KeyCode.ENTER);
        write(robot, "post@example.org");
        robot.push(KeyCode.ENTER);

        waitForCheckWindow(robot, "b second.jpg");
        assertEquals("", box(robot, FormBox.ORGANISATION).getText(), "the next form starts empty");
        assertEquals("Brookside Larder", window.services().register().find(1).orElseThrow().organisation());
        robot.push(KeyCode.ESCAPE);
        window.waitUntil(() -> robot.lookup("#verify-name").tryQuery().isEmpty());
        ListView<InboxEntry> list = robot.lookup("#inbox-list").queryListView();
        window.waitUntil(list::isFocused);
        assertEquals(1, list.getItems().size(), "the second form waits in the inbox");
        assertEquals("b second.jpg", list.getItems().get(0).file().name());
        assertTrue(window.services().register().find(2).isEmpty(), "nothing was saved from the closed one");
    }

    @Test
    void aRenewalPointsAtTheBoxesWrittenOnAndSaysWhatTheRecordHas(FxRobot robot) throws Exception {
        Signatory signatory = ScanTestRegister.addSignatory(window.services(), 0);
        FormService forms = new FormService(window.services());
        byte[] pdf = forms.pdf(java.util.List.of(forms.formFor(signatory)), false, Progress.NONE);
        Path inbox = Files.createDirectories(window.folder().resolve("scanner"));
        new ScanInbox(window.services(), new ScanService(window.services())).setFolder(inbox);
        javax.imageio.ImageIO.write(FormCorpusAccess.scanned(pdf, 0, 200, 180.5, Map.of(FormBox.TEL, "01632 960999")),
                "png", inbox.resolve("renewal.png").toFile());
        window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());

        robot.push(KeyCode.SHORTCUT, KeyCode.R);
        window.waitUntil(() -> robot.lookup("#verify-tel").tryQuery().isPresent()
                && box(robot, FormBox.TEL).isFocused());
        assertEquals(signatory.form().telephone(), box(robot, FormBox.TEL).getText(), "the record's value to compare with");
        assertTrue(mark(robot, FormBox.TEL).startsWith("Written on the form"), mark(robot, FormBox.TEL));
        for (FormBox blank : java.util.List.of(FormBox.NAME, FormBox.DATE, FormBox.ORGANISATION, FormBox.ADDRESS,
                FormBox.EMAIL)) {
            assertEquals("", mark(robot, blank), blank + " was left blank on the form: nothing to point out");
        }
        write(robot, "01632 960999");
        assertEquals("Differs from the record, which has: " + signatory.form().telephone(), mark(robot, FormBox.TEL));
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
        window.waitUntil(() -> robot.lookup("#verify-tel").tryQuery().isEmpty());

        Signatory saved = window.services().register().find(signatory.id()).orElseThrow();
        assertEquals("01632 960999", saved.form().telephone());
        assertEquals(signatory.organisation(), saved.organisation(), "the boxes left blank keep the record's values");
    }

    private static String mark(FxRobot robot, FormBox box) {
        return robot.lookup("#verify-mark-" + box.fieldName()).queryLabeled().getText();
    }
}
