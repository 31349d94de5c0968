package org.compactregister.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.compactregister.letter.LetterService;
import org.compactregister.ui.FxDialogService;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Drives the real letter template screen: a preview appears, a bad field is refused, a good save is a new version. */
class LetterTemplateWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/London"));

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);

    @BeforeEach
    void showTheTemplateWindow() throws Exception {
        Stage owner = window.showOwner();
        window.onFxThread(() -> new LetterTemplateView(owner, new LetterTemplateViewModel(
                new LetterService(window.services()), window.executor(), new FxDialogService(owner))).show());
    }

    @Test
    void aBadFieldIsRefusedWhenSavedAndAGoodTemplateBecomesTheNextVersion(FxRobot robot) throws Exception {
        window.waitUntil(() -> robot.lookup("#template-preview").queryAs(ImageView.class).getImage() != null);
        assertEquals("Version 1 of the template", robot.lookup("#template-version").queryAs(Label.class).getText());

        TextArea body = robot.lookup("#template-body").queryAs(TextArea.class);
        robot.interact(() -> body.setText("Thank you, {organisation}, for signing on {date sigend}."));
        robot.clickOn("#template-save");
        window.waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isPresent());
        String refusal = robot.lookup("#dialog-message").queryAs(Label.class).getText();
        assertTrue(refusal.contains("{date sigend}"), refusal);
        robot.clickOn("OK");
        window.waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isEmpty());

        robot.interact(() -> body.setText("Thank you, {organisation}, for signing on {date signed}."));
        robot.clickOn("#template-save");
        window.waitUntil(() -> robot.lookup("#template-version").queryAs(Label.class).getText().startsWith("Saved"));
        assertEquals("Saved as version 2 of the template", robot.lookup("#template-version").queryAs(Label.class).getText());
        window.waitUntil(() -> robot.lookup("#template-preview-message").queryAs(Label.class).getText()
                .startsWith("Preview of a letter to"));
    }
}
