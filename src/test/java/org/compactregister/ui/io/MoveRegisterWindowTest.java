package org.compactregister.ui.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.compactregister.service.RegisterMove;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Drives the real "Move the register" window: choose a new file, Move, read the check's outcome. */
class MoveRegisterWindowTest {

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onRegister(folder -> Services.open(
            folder.resolve("register"), Clock.systemDefaultZone()));

    private final RecordingDialogService dialogs = new RecordingDialogService();

    @BeforeEach
    void aRegisterOfTwentyAndTheWindow() throws Exception {
        window.services().sampleData().fillEmptyRegister(20);
        Stage owner = window.showOwner();
        window.onFxThread(() -> new MoveRegisterView(new MoveRegisterViewModel(new RegisterMove(window.services()),
                window.executor(), dialogs), owner).show());
    }

    @Test
    void chooseANewFileMoveAndReadTheCheck(FxRobot robot) throws Exception {
        Path to = window.folder().resolve("moved.mv.db");
        dialogs.answerFile(to);
        robot.clickOn("#move-choose");
        assertEquals(to.toString(), robot.lookup("#move-target").queryAs(Label.class).getText());
        robot.clickOn("#move-start");
        window.waitUntil(() -> robot.lookup("#move-result").queryAs(Label.class).getText().startsWith("Moved"));
        String result = robot.lookup("#move-result").queryAs(Label.class).getText();
        assertTrue(result.startsWith("Moved 20 signatories and 0 scans"), result);
        assertTrue(result.contains("is unchanged."), result);
        assertEquals("Close", robot.lookup("#move-cancel").queryButton().getText());
        assertEquals(20, window.services().register().count());

        robot.clickOn("#move-start");
        window.waitUntil(() -> robot.lookup("#move-result").queryAs(Label.class).getText().contains("not empty"));
        assertTrue(robot.lookup("#move-result").queryAs(Label.class).getStyleClass().contains("field-error"));
    }
}
