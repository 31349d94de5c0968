package org.compactregister.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.io.DamagedRegister;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The damaged-register screen's choices, without a window. */
class DamagedRegisterViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final AtomicInteger reopened = new AtomicInteger();

    private Path damagedRegister(boolean withBackup) throws IOException {
        Path file;
        try (Services services = Services.open(dir.resolve("register"), Clock.systemDefaultZone())) {
            services.sampleData().fillEmptyRegister(12);
            if (withBackup) {
                new AutomaticBackups(services).runIfEnabled().orElseThrow();
            }
            file = services.databaseFile();
        }
        byte[] junk = new byte[4096];
        Arrays.fill(junk, (byte) 0x5A);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            for (long block = 4096; block < raw.length(); block += 4096) {
                raw.seek(block);
                raw.write(junk);
            }
        }
        return file;
    }

    private DamagedRegisterViewModel viewModel(Path file) {
        DamagedRegisterViewModel viewModel = new DamagedRegisterViewModel(new DamagedRegister(file),
                new SameThreadTaskExecutor(), dialogs, reopened::incrementAndGet);
        viewModel.load();
        return viewModel;
    }

    @Test
    void theLatestBackupIsOfferedAndRestoredAfterAskingThenTheRegisterReopens() throws IOException {
        Path file = damagedRegister(true);
        DamagedRegisterViewModel viewModel = viewModel(file);
        assertTrue(viewModel.backupTextProperty().get().startsWith("The latest automatic backup is the backup "
                + "register-backup-"), viewModel.backupTextProperty().get());
        assertTrue(viewModel.backupTextProperty().get().endsWith("which holds 12 signatories."));

        dialogs.answerConfirm(false);
        viewModel.restoreLatest();
        assertEquals(0, reopened.get(), "nothing is done when the user says no");

        dialogs.answerConfirm(true);
        viewModel.restoreLatest();
        assertEquals("Register restored", dialogs.last().title());
        assertEquals(1, reopened.get());
        assertFalse(viewModel.busyProperty().get());
        try (Services services = Services.open(file, Clock.systemDefaultZone())) {
            assertEquals(12, services.register().count());
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("register-damaged-")).count());
        }
    }

    @Test
    void withoutABackupRecoveryThatFindsNothingSaysSoAndKeepsTheScreen() throws IOException {
        Path file = damagedRegister(false);
        DamagedRegisterViewModel viewModel = viewModel(file);
        assertNull(viewModel.latestBackupProperty().get());
        assertEquals("No automatic backup was found in the folder \"backups\" beside the register.",
                viewModel.backupTextProperty().get());

        viewModel.recover();

        assertEquals("error", dialogs.last().kind());
        assertEquals("Nothing was recovered", dialogs.last().title());
        assertTrue(dialogs.last().message().startsWith("Nothing could be recovered from " + file),
                dialogs.last().message());
        assertEquals(0, reopened.get());
        assertFalse(viewModel.busyProperty().get());
    }
}
