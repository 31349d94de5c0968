package org.compactregister.ui.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterFilesViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @Test
    void backUpThenRestoreAfterAConfirmationThatSaysWhatWillBeReplaced() throws IOException {
        Path backup = dir.resolve("friday.zip");
        Path export = dir.resolve("register.csv");
        RecordingDialogService dialogs = new RecordingDialogService();
        Services[] reopened = {null};
        Services services = Services.open(dir.resolve("register"), CLOCK);
        services.sampleData().fillEmptyRegister(40);
        RegisterFilesViewModel viewModel = new RegisterFilesViewModel(services, new SameThreadTaskExecutor(), dialogs,
                opened -> reopened[0] = opened);

        dialogs.answerFile(export);
        viewModel.exportCsv();
        assertEquals("Register exported", dialogs.last().title());
        assertEquals(41, Files.readAllLines(export).size());

        dialogs.answerFile(backup);
        viewModel.backUpNow();
        assertEquals("Register backed up", dialogs.last().title(), dialogs.last().message());
        services.register().register(new SampleSignatories(3, LocalDate.of(2026, 11, 29)).forms(1).get(0), true);

        dialogs.answerFile(backup).answerConfirm(false);
        viewModel.restore();
        assertEquals("confirm", dialogs.last().kind());
        String question = dialogs.last().message();
        assertTrue(question.contains("which now holds 41 signatories"), question);
        assertTrue(question.contains("friday.zip taken on "), question);
        assertTrue(question.contains("which holds 40 signatories"), question);
        assertEquals(41, services.register().count(), "saying no changes nothing");

        dialogs.answerFile(backup).answerConfirm(true);
        viewModel.restore();
        assertNotNull(reopened[0], "the window gets the reopened register");
        try (Services now = reopened[0]) {
            assertEquals(40, now.register().count());
            assertEquals("Register restored", dialogs.last().title());
        }
    }

    @Test
    void automaticBackupSettingsAreSavedAndRead() {
        try (Services services = Services.open(dir.resolve("register"), CLOCK)) {
            RecordingDialogService dialogs = new RecordingDialogService();
            SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
            AutomaticBackupsViewModel viewModel = new AutomaticBackupsViewModel(new AutomaticBackups(services),
                    executor, dialogs);
            viewModel.load();
            assertTrue(viewModel.enabledProperty().get(), "on by default");
            assertEquals(services.databaseFile().resolveSibling("backups"), viewModel.folderProperty().get());

            viewModel.enabledProperty().set(false);
            boolean[] saved = {false};
            viewModel.save(() -> saved[0] = true);
            assertTrue(saved[0]);
            saved[0] = false;
            AutomaticBackupsViewModel off = new AutomaticBackupsViewModel(new AutomaticBackups(services), executor,
                    dialogs);
            off.load();
            assertTrue(!off.enabledProperty().get(), "turned off stays off");

            dialogs.answerFile(dir.resolve("backups"));
            viewModel.chooseFolder();
            viewModel.keepProperty().set(5);
            viewModel.save(() -> saved[0] = true);
            assertTrue(saved[0]);

            AutomaticBackupsViewModel again = new AutomaticBackupsViewModel(new AutomaticBackups(services), executor,
                    dialogs);
            again.load();
            assertTrue(again.enabledProperty().get());
            assertEquals(dir.resolve("backups").toAbsolutePath(), again.folderProperty().get());
            assertEquals(5, again.keepProperty().get());
        }
    }
}
