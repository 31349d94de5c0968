package org.compactregister.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.Signatory;
import org.compactregister.scan.ScanFiles;
import org.compactregister.scan.ScanService;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScansPanelViewModelTest {

    @TempDir
    Path dir;
    private Services services;
    private Signatory signatory;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Path> openedElsewhere = new ArrayList<>();
    private boolean systemViewerThere = true;
    private ScansPanelViewModel viewModel;

    @BeforeEach
    void open() {
        services = ScanTestRegister.open(dir);
        signatory = ScanTestRegister.addSignatory(services, 2);
        SystemViewer fake = new SystemViewer() {
            @Override
            public boolean isSupported() {
                return systemViewerThere;
            }

            @Override
            public void open(Path file) {
                openedElsewhere.add(file);
            }
        };
        viewModel = new ScansPanelViewModel(new ScanService(services), new SameThreadTaskExecutor(), dialogs, fake, signatory);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aDropOfGoodAndBadFilesKeepsTheGoodOnesAndListsTheRefusedOnesWithWhy() {
        Path good = ScanFiles.pdf(dir.resolve("form.pdf"), 2);
        Path text = ScanFiles.textNamedPdf(dir.resolve("notes.pdf"));

        viewModel.attach(List.of(good, text));

        assertEquals(List.of("form.pdf"), viewModel.items().stream().map(l -> l.scan().fileName()).toList());
        assertEquals("Some files were not attached", dialogs.last().title());
        assertTrue(dialogs.last().message().contains("• notes.pdf: it is not a PDF, PNG, JPEG, TIFF, WebP, BMP or GIF file"),
                dialogs.last().message());
        assertEquals("Attached form.pdf.", viewModel.noticeProperty().get());
    }

    @Test
    void choosingFilesAttachesThemAndTheSameFileAgainIsSaidToBeKeptAlready() {
        Path tiff = ScanFiles.multiPageTiff(dir.resolve("scan.tif"), 2);
        dialogs.answerFile(tiff);
        viewModel.chooseAndAttach();
        dialogs.answerFile(tiff);
        viewModel.chooseAndAttach();

        assertEquals(1, viewModel.items().size());
        assertEquals("Already kept", dialogs.last().title());
    }

    @Test
    void removingAsksNamingTheFileAndTheSignatoryAndKeepsTheScanWhenTheAnswerIsNo() {
        viewModel.attach(List.of(ScanFiles.pdf(dir.resolve("form.pdf"), 1)));
        var scan = viewModel.items().get(0).scan();

        dialogs.answerConfirm(false);
        viewModel.remove(scan);
        assertEquals(1, viewModel.items().size());
        assertTrue(dialogs.last().message().contains("\"form.pdf\" from " + signatory.organisation()
                + " (" + signatory.reference() + ")"), dialogs.last().message());

        dialogs.answerConfirm(true);
        viewModel.remove(scan);
        assertTrue(viewModel.items().isEmpty());
    }

    @Test
    void aCopyIsSavedByteForByteAndTheSystemViewerIsUsedOnlyWhereThereIsOne() throws IOException {
        Path png = ScanFiles.image(dir.resolve("form.png"), "png", 400, 560);
        viewModel.attach(List.of(png));
        var scan = viewModel.items().get(0).scan();

        Path copy = dir.resolve("saved copy.png");
        dialogs.answerFile(copy);
        viewModel.saveCopy(scan);
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(copy));

        viewModel.openInSystemViewer(scan);
        assertEquals(1, openedElsewhere.size());
        assertArrayEquals(Files.readAllBytes(png), Files.readAllBytes(openedElsewhere.get(0)));

        systemViewerThere = false;
        viewModel.openInSystemViewer(scan);
        assertEquals("No other program to open it", dialogs.last().title());
        assertEquals(1, openedElsewhere.size());
    }
}
