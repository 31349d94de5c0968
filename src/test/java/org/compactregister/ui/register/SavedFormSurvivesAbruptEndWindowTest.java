package org.compactregister.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.service.Services;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The lost save, through the real window: a form saved (through the duplicate warning's "Save
 * anyway"), found, opened and closed again must be in the register file as an abrupt end of the
 * process would leave it. The file is copied while the window still has the register open: that
 * copy is what SIGKILL, logoff or Task Manager's End task leave on the disk.
 */
class SavedFormSurvivesAbruptEndWindowTest {

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onRegister(folder -> {
        Services services = Services.open(folder.resolve("register"), Clock.systemDefaultZone());
        services.sampleData().fillEmptyRegister(300);
        return services;
    });

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        window.waitUntil(condition);
    }

    private TableView<Signatory> table(FxRobot robot) {
        return robot.lookup("#register-table").queryTableView();
    }

    @Test
    void aSavedFormOpenedAndClosedIsInTheFileAnAbruptEndLeaves(FxRobot robot) throws Exception {
        window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());
        waitUntil(() -> table(robot).getItems().size() > 100);
        for (int round = 1; round <= 2; round++) {
            String name = "Durable Person" + round;
            robot.clickOn("#new-form");
            waitUntil(() -> robot.lookup("#signatory-name").tryQuery().isPresent());
            robot.clickOn("#signatory-name").write(name);
            robot.type(KeyCode.TAB).write("14/11/2026");
            robot.type(KeyCode.TAB).write("Ashcombe Men's Shed Ltd");
            robot.type(KeyCode.ENTER);
            waitUntil(() -> robot.lookup("#save-anyway").tryQuery().map(node -> node.isVisible()).orElse(false));
            robot.clickOn("#save-anyway");
            // the form closes when the save is reported done: the process ends at that very moment
            Path[] atTheSave = new Path[1];
            String copyName = "saved-" + round;
            waitUntil(() -> {
                if (robot.lookup("#signatory-name").tryQuery().isPresent()) {
                    return false;
                }
                atTheSave[0] = copyAsAnAbruptEndLeavesIt(copyName);
                return true;
            });
            assertEquals(1, namedIn(atTheSave[0], name), "the moment the save is reported, " + name + " is on the disk");

            robot.clickOn("#search").write(name.toLowerCase());
            waitUntil(() -> table(robot).getItems().size() == 1);
            robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
            waitUntil(() -> robot.lookup("#signatory-name").tryQuery().isPresent());
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> robot.lookup("#signatory-name").tryQuery().isEmpty());
            robot.doubleClickOn("#search").eraseText(name.length());

            Path afterOpening = copyAsAnAbruptEndLeavesIt("opened-" + round);
            assertEquals(round, namedIn(afterOpening, "durable person"),
                    "after opening and closing it, every form saved so far is on the disk");
        }
    }

    private Path copyAsAnAbruptEndLeavesIt(String name) throws Exception {
        Path copy = window.folder().resolve(name + ".mv.db");
        Files.copy(window.services().databaseFile(), copy);
        return copy;
    }

    private static int namedIn(Path register, String name) {
        try (Services after = Services.open(register, Clock.systemDefaultZone())) {
            return after.register().search(RegisterQuery.everything().withSearchText(name)).totalMatching();
        }
    }
}
