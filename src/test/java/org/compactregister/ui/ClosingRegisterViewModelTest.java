package org.compactregister.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the main window: the automatic backup (or not, when skipped), then the register file closed. */
class ClosingRegisterViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T17:30:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Services openWithSignatories() {
        Services services = Services.open(dir.resolve("register"), CLOCK);
        services.sampleData().fillEmptyRegister(40);
        return services;
    }

    private List<Path> backups() {
        return AutomaticBackups.backupsIn(dir.resolve(AutomaticBackups.DEFAULT_FOLDER_NAME));
    }

    private Boolean close(ClosingRegisterViewModel model) {
        AtomicReference<Boolean> made = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        new SameThreadTaskExecutor().execute(model.task().onSuccess(made::set).onFailure(failed::set));
        assertEquals(null, failed.get());
        return made.get();
    }

    /** The register is closed when another opening of the same file succeeds (H2 locks an open one). */
    private void assertClosed() {
        try (Services again = Services.open(dir.resolve("register"), CLOCK)) {
            assertEquals(40, again.register().count());
        }
    }

    @Test
    void closingMakesTheAutomaticBackupThenClosesTheRegister() {
        ClosingRegisterViewModel model = new ClosingRegisterViewModel(openWithSignatories(),
                new SameThreadTaskExecutor());
        assertEquals(Boolean.TRUE, close(model));
        assertEquals(1, backups().size());
        assertClosed();
    }

    @Test
    void aSkippedBackupLeavesNoFileAndTheRegisterIsClosedAllTheSame() throws IOException {
        ClosingRegisterViewModel model = new ClosingRegisterViewModel(openWithSignatories(),
                new SameThreadTaskExecutor());
        model.skipBackup();
        assertEquals(Boolean.FALSE, close(model));
        assertEquals(List.of(), backups());
        Path folder = dir.resolve(AutomaticBackups.DEFAULT_FOLDER_NAME);
        if (Files.isDirectory(folder)) {
            try (var left = Files.list(folder)) {
                assertEquals(List.of(), left.toList(), "no partial file is left behind");
            }
        }
        assertClosed();
        assertTrue(Files.exists(dir.resolve("register.mv.db")));
    }
}
