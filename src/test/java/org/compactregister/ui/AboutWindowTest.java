package org.compactregister.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Help > About in the real window: the version, where the register is, Java, JavaFX and the licences. */
class AboutWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneId.of("Europe/London"));

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onEmptyRegister(CLOCK);

    @Test
    void helpAboutSaysWhatRunsWhereAndUnderWhichLicences(FxRobot robot) throws Exception {
        window.show(stage -> new MainWindow(stage, window.services(), window.executor()).show());
        robot.clickOn("Help").clickOn("About Compact Register");
        window.waitUntil(() -> robot.lookup("#about-register").tryQuery().isPresent());

        String register = robot.lookup("#about-register").queryAs(TextField.class).getText();
        assertTrue(register.startsWith(window.services().databaseFile().toAbsolutePath().normalize().toString()), register);
        assertTrue(robot.lookup("#about-java").queryAs(TextField.class).getText()
                .startsWith(System.getProperty("java.version") + " ("));
        assertEquals(System.getProperty("javafx.runtime.version"),
                robot.lookup("#about-javafx").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#about-javafx").queryAs(TextField.class).getText().startsWith("21."));
        String licences = robot.lookup("#about-licences").queryAs(TextArea.class).getText();
        for (String expected : new String[] {"Noto Sans", "SIL Open Font License 1.1", "Droid Sans Fallback",
            "OpenJFX (JavaFX) 21.0.11            GPL v2 with the Classpath Exception",
            "H2 Database 2.5.252                 MPL 2.0 or EPL 1.0", "PREAMBLE", "Apache License"}) {
            assertTrue(licences.contains(expected), "About lacks " + expected);
        }

        robot.clickOn("Close");
        window.waitUntil(() -> robot.listTargetWindows().stream()
                .noneMatch(shown -> shown instanceof Stage stage && "About Compact Register".equals(stage.getTitle())));
    }
}
