package org.compactregister.ui.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.persistence.RegisterDatabase;
import org.compactregister.service.RegisterMove;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tools > Move the register to…, without a window: choose, move, cancel, refuse; the outcome in words. */
class MoveRegisterViewModelTest {

    @TempDir
    Path dir;

    private Services services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private MoveRegisterViewModel viewModel;

    @BeforeEach
    void aRegisterOfTwelve() {
        services = Services.open(dir.resolve("office"), Clock.systemDefaultZone());
        services.sampleData().fillEmptyRegister(12);
        viewModel = new MoveRegisterViewModel(new RegisterMove(services), new SameThreadTaskExecutor(), dialogs);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void movesToTheChosenFileAndSaysWhatTheCheckFound() {
        viewModel.move();
        assertEquals("Choose where to move the register first.", viewModel.resultProperty().get());
        assertEquals(MoveRegisterViewModel.Outcome.NOT_MOVED, viewModel.outcomeProperty().get());

        Path to = dir.resolve("moved.mv.db");
        dialogs.answerFile(to);
        viewModel.chooseFile();
        assertEquals(to, viewModel.targetProperty().get());
        viewModel.move();
        assertEquals(MoveRegisterViewModel.Outcome.MOVED, viewModel.outcomeProperty().get());
        assertTrue(viewModel.resultProperty().get().startsWith("Moved 12 signatories and 0 scans"),
                viewModel.resultProperty().get());
        assertTrue(viewModel.resultProperty().get().contains("every table's count equal"));
        assertEquals(1.0, viewModel.progressProperty().get());
        assertFalse(viewModel.runningProperty().get());
        try (Services moved = Services.open(to, Clock.systemDefaultZone())) {
            assertEquals(12, moved.register().count());
        }

        viewModel.move();
        assertEquals(MoveRegisterViewModel.Outcome.NOT_MOVED, viewModel.outcomeProperty().get());
        assertEquals("The register to move into is not empty: it holds 12 signatories. Move into a new, empty "
                + "register; nothing was copied.", viewModel.resultProperty().get(), "the same file a second time");
    }

    @Test
    void movesToADatabaseOnAServer() {
        viewModel.toServerProperty().set(true);
        viewModel.move();
        assertEquals("Type the server's address first: postgresql://server/database", viewModel.resultProperty().get());
        viewModel.serverAddressProperty().set("postgresql:///nodatabase");
        viewModel.move();
        assertEquals(MoveRegisterViewModel.Outcome.NOT_MOVED, viewModel.outcomeProperty().get());
        assertTrue(viewModel.resultProperty().get().contains("postgresql://server[:port]/database"),
                viewModel.resultProperty().get());

        String server = org.compactregister.persistence.TestPostgres.freshDatabase().address();
        viewModel.serverAddressProperty().set(server);
        viewModel.move();
        assertEquals(MoveRegisterViewModel.Outcome.MOVED, viewModel.outcomeProperty().get(), viewModel.resultProperty()::get);
        assertTrue(viewModel.resultProperty().get().startsWith("Moved 12 signatories and 0 scans"),
                viewModel.resultProperty().get());
        assertTrue(viewModel.resultProperty().get().contains(" to the shared register "), viewModel.resultProperty().get());
    }

    @Test
    void aCancelledMoveKeepsNothing() {
        Path to = dir.resolve("cancelled" + RegisterDatabase.FILE_SUFFIX);
        dialogs.answerFile(to);
        viewModel.chooseFile();
        viewModel.messageProperty().addListener((obs, old, now) -> {
            if (now.startsWith("Copying")) {
                viewModel.cancel();
            }
        });
        viewModel.move();
        assertEquals(MoveRegisterViewModel.Outcome.NOT_MOVED, viewModel.outcomeProperty().get());
        assertEquals("The move was cancelled: nothing was kept in " + to + ". This register is unchanged.",
                viewModel.resultProperty().get());
        assertFalse(Files.exists(to), "the new file is removed again");
        assertEquals(12, services.register().count());
    }
}
