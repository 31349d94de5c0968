package org.compactregister.ui.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.io.RegisterBackup;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.service.Services;
import org.compactregister.ui.OpenAndCloseRegister;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.WindowTestExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Drives the real "Automatic backups" window to choose a folder and how many to keep, then closes
 * the app the way its close button does (in a JVM of its own, as the app ends its JVM): a backup of
 * the register appears in the folder, and only the newest automatic backups are kept.
 */
class AutomaticBackupsWindowTest {

    /** The JavaFX settings the window tests run under (headless Monocle), passed on to the app. */
    private static final List<String> JAVAFX_SETTINGS = List.of("glass.platform", "monocle.platform", "prism.order",
            "headless.geometry", "java.awt.headless");

    @RegisterExtension
    final WindowTestExtension window = WindowTestExtension.onRegister(folder -> Services.open(
            folder.resolve("register"), Clock.systemDefaultZone()));

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Path backups;

    @BeforeEach
    void aRegisterAndAFolderWithOlderBackups() throws Exception {
        LocalDate signed = LocalDate.now().minusDays(30);
        for (String organisation : List.of("Oakwell Bike Workshop CIC", "Thornby Tenants' Forum")) {
            window.services().register().register(new CommitmentForm("Sam Patel", signed, organisation,
                    new Address("5 Mill Street", "", "Oakwell", "LE2 1AA"), "", "", Sector.SOCIAL_ENTERPRISE,
                    signed.plusDays(2), HowReceived.POST, ""), true);
        }
        backups = Files.createDirectories(window.folder().resolve("office-backups"));
        Files.writeString(backups.resolve("register-backup-2020-01-31-170000.zip"), "oldest", StandardCharsets.UTF_8);
        Files.writeString(backups.resolve("register-backup-2020-02-28-170000.zip"), "older", StandardCharsets.UTF_8);
        Files.writeString(backups.resolve("notes.txt"), "not a backup: left alone", StandardCharsets.UTF_8);

        Stage owner = window.showOwner();
        window.onFxThread(() -> new AutomaticBackupsView(new AutomaticBackupsViewModel(
                new AutomaticBackups(window.services()), window.executor(), dialogs), owner).show());
    }

    @Test
    void chooseTheFolderKeepTwoCloseTheAppAndFindItsBackup(FxRobot robot) throws Exception {
        Path besideTheRegister = window.services().databaseFile().resolveSibling("backups");
        window.waitUntil(() -> robot.lookup("#auto-backup-folder").queryAs(Label.class).getText()
                .equals(besideTheRegister.toString()));
        assertTrue(robot.lookup("#auto-backup-enabled").queryAs(CheckBox.class).isSelected(),
                "on to start with, into the folder beside the register");

        dialogs.answerFile(backups);
        robot.clickOn("#auto-backup-choose");
        assertEquals(backups.toString(), robot.lookup("#auto-backup-folder").queryAs(Label.class).getText());
        robot.clickOn("#auto-backup-keep .text-field");
        window.enter("2");
        robot.type(KeyCode.TAB);
        robot.clickOn("#auto-backup-save");
        window.waitUntil(() -> robot.lookup("#auto-backup-save").tryQuery().isEmpty());
        AutomaticBackups saved = new AutomaticBackups(window.services());
        assertEquals(backups.toAbsolutePath(), saved.folder().orElseThrow());
        assertEquals(2, saved.keep());

        Path register = window.services().databaseFile();
        window.closeRegister();
        openAndCloseTheApp(register);

        List<Path> kept = AutomaticBackups.backupsIn(backups);
        assertEquals(2, kept.size(), kept::toString);
        assertEquals("register-backup-2020-02-28-170000.zip", kept.get(0).getFileName().toString(),
                "the oldest went; the newest two stay");
        assertEquals(2, RegisterBackup.inspect(kept.get(1)).signatories(), "the new backup holds the register");
        assertTrue(Files.exists(backups.resolve("notes.txt")), "a file the app did not make is never deleted");
        assertFalse(Files.exists(besideTheRegister), "only the chosen folder gets the backup");
    }

    private static void openAndCloseTheApp(Path register) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String setting : JAVAFX_SETTINGS) {
            if (System.getProperty(setting) != null) {
                command.add("-D" + setting + "=" + System.getProperty(setting));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), OpenAndCloseRegister.class.getName(),
                register.toString()));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(app.waitFor(90, TimeUnit.SECONDS), output);
        assertEquals(0, app.exitValue(), output);
    }
}
