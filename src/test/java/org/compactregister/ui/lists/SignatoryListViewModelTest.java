package org.compactregister.ui.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.compactregister.list.SignatoryListKind;
import org.compactregister.list.SignatoryListService;
import org.compactregister.model.Sector;
import org.compactregister.model.SignatoryListOrder;
import org.compactregister.model.Status;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatoryListViewModelTest {

    @TempDir
    Path dir;

    private Services services;
    private RecordingDialogService dialogs;
    private SignatoryListViewModel viewModel;

    @BeforeEach
    void open() {
        services = ListsTestData.register(dir, 90, 4);
        dialogs = new RecordingDialogService();
        viewModel = new SignatoryListViewModel(new SignatoryListService(services), new SameThreadTaskExecutor(), dialogs);
    }

    @AfterEach
    void close() {
        viewModel.close();
        services.close();
    }

    @Test
    void countsWhatTheChoicesHoldAsTheyChange() {
        viewModel.countMatching();
        assertEquals("86 signatories in this list.", viewModel.summaryProperty().get());
        viewModel.includeWithdrawnProperty().set(true);
        assertEquals(90, viewModel.matchingProperty().get());
        viewModel.statusProperty().set(Status.WITHDRAWN);
        assertEquals("4 signatories in this list.", viewModel.summaryProperty().get());
        viewModel.statusProperty().set(null);
        viewModel.includeWithdrawnProperty().set(false);
        viewModel.signedFromProperty().set(LocalDate.of(2030, 1, 1));
        assertEquals("No signatory matches this choice.", viewModel.summaryProperty().get());
        viewModel.signedToProperty().set(LocalDate.of(2020, 1, 1));
        assertEquals(-1, viewModel.matchingProperty().get(), "reversed dates: nothing can be made");
        assertTrue(viewModel.summaryProperty().get().contains("after"), viewModel.summaryProperty().get());
    }

    @Test
    void previewShowsThePagesOneByOneAndKnowsWhenItIsOutOfDate() {
        viewModel.preview();
        int pages = viewModel.pageCountProperty().get();
        assertTrue(pages >= 2, "90 signatories run over pages: " + pages);
        assertNotNull(viewModel.pageProperty().get());
        assertEquals(Math.round(8.27 * SignatoryListViewModel.PREVIEW_DPI), viewModel.pageProperty().get().getWidth(), 2,
                "an A4 page, upright");
        assertEquals("Page 1 of " + pages, viewModel.pageLabelProperty().get());
        viewModel.nextPage();
        assertEquals("Page 2 of " + pages, viewModel.pageLabelProperty().get());
        viewModel.previousPage();
        viewModel.previousPage();
        assertEquals(0, viewModel.pageIndexProperty().get(), "no page before the first");
        assertFalse(viewModel.previewOutOfDateProperty().get());

        viewModel.kindProperty().set(SignatoryListKind.INTERNAL);
        assertTrue(viewModel.previewOutOfDateProperty().get());
        viewModel.preview();
        assertFalse(viewModel.previewOutOfDateProperty().get());
        assertTrue(viewModel.pageProperty().get().getWidth() > viewModel.pageProperty().get().getHeight(),
                "the internal list is landscape");
        assertTrue(dialogs.shown().isEmpty(), dialogs.shown().toString());
    }

    @Test
    void exportsTheChosenListAsCsvWhereTheUserSays() throws Exception {
        Path file = dir.resolve("voluntary.csv");
        dialogs.answerFile(file);
        viewModel.sectorProperty().set(Sector.VOLUNTARY_AND_COMMUNITY);
        viewModel.orderProperty().set(SignatoryListOrder.BY_ORGANISATION);
        viewModel.exportCsv();
        assertEquals("compact-signatories-public-2026-11-29.csv", dialogs.last().message(), "suggested name");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFOrganisation,Sector,Date signed"), csv);
        assertFalse(csv.contains("Social enterprise"));
        assertEquals("Exported voluntary.csv.", viewModel.progressMessageProperty().get());
        assertFalse(viewModel.busyProperty().get());
    }

    @Test
    void savesAPdfAndSaysSoAndDoesNothingWhenTheUserCancelsTheFileDialog() throws Exception {
        viewModel.savePdf();
        assertEquals("", viewModel.progressMessageProperty().get(), "no file chosen, nothing done");
        Path file = dir.resolve("public.pdf");
        dialogs.answerFile(file);
        viewModel.savePdf();
        assertTrue(Files.size(file) > 1000);
        assertEquals("%PDF", new String(Files.readAllBytes(file), 0, 4, StandardCharsets.US_ASCII));
        assertEquals("Saved public.pdf.", viewModel.progressMessageProperty().get());
    }

    @Test
    void aFileThatCannotBeWrittenIsExplainedInADialog() {
        Path folder = dir.resolve("not-a-folder");
        dialogs.answerFile(folder.resolve("list.csv"));
        try {
            Files.writeString(folder, "a file where the folder should be");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        viewModel.exportCsv();
        assertEquals("error", dialogs.last().kind());
        assertEquals("The list was not exported", dialogs.last().title());
        assertTrue(dialogs.last().message().contains("could not be written"), dialogs.last().message());
        assertFalse(dialogs.last().message().contains("Exception"), dialogs.last().message());
        assertFalse(viewModel.busyProperty().get());
    }
}
