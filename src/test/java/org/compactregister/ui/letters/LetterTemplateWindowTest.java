package org.compactregister.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.compactregister.letter.LetterService;
import org.compactregister.service.Services;
import org.compactregister.ui.FxDialogService;
import org.compactregister.ui.FxTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real letter template screen: a preview appears, a bad field is refused, a good save is a new version. */
@ExtendWith(ApplicationExtension.class)
class LetterTemplateWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path dir;

    private Services services;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = Services.open(dir.resolve("template-" + System.nanoTime()), CLOCK);
        executor = new FxTaskExecutor();
        // an owner window of its own, so that the shared primary stage is left as the other window tests expect
        Stage owner = new Stage();
        owner.setScene(new javafx.scene.Scene(new Label("Register"), 200, 100));
        owner.show();
        LetterTemplateViewModel model = new LetterTemplateViewModel(new LetterService(services), executor,
                new FxDialogService(owner));
        new LetterTemplateView(owner, model).show();
    }

    @AfterEach
    void close() throws Exception {
        // the template window is a stage of its own: close it, so later window tests start clean
        org.testfx.api.FxToolkit.cleanupStages();
        executor.shutdown();
        services.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBadFieldIsRefusedWhenSavedAndAGoodTemplateBecomesTheNextVersion(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#template-preview").queryAs(ImageView.class).getImage() != null);
        assertEquals("Version 1 of the template", robot.lookup("#template-version").queryAs(Label.class).getText());

        TextArea body = robot.lookup("#template-body").queryAs(TextArea.class);
        robot.interact(() -> body.setText("Thank you, {organisation}, for signing on {date sigend}."));
        robot.clickOn("#template-save");
        waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isPresent());
        String refusal = robot.lookup("#dialog-message").queryAs(Label.class).getText();
        assertTrue(refusal.contains("{date sigend}"), refusal);
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isEmpty());

        robot.interact(() -> body.setText("Thank you, {organisation}, for signing on {date signed}."));
        robot.clickOn("#template-save");
        waitUntil(() -> robot.lookup("#template-version").queryAs(Label.class).getText().startsWith("Saved"));
        assertEquals("Saved as version 2 of the template", robot.lookup("#template-version").queryAs(Label.class).getText());
        waitUntil(() -> robot.lookup("#template-preview-message").queryAs(Label.class).getText()
                .startsWith("Preview of a letter to"));
    }
}
