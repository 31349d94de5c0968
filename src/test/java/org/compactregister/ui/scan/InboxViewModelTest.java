package org.compactregister.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.scan.ScanFiles;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanService;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.compactregister.ui.register.OpenForms;
import org.compactregister.ui.register.SignatoryFormViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxViewModelTest {

    @TempDir
    Path dir;
    private Services services;
    private ScanService scans;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private int registerChanges;
    private OpenForms forms;
    private InboxViewModel viewModel;

    @BeforeEach
    void open() {
        services = ScanTestRegister.open(dir);
        scans = new ScanService(services);
        forms = new OpenForms(dialogs, form -> {
            throw new AssertionError("the inbox shows its forms itself, beside the scan");
        });
        viewModel = new InboxViewModel(new ScanInbox(services, scans), services.register(), new SameThreadTaskExecutor(),
                dialogs, forms, () -> registerChanges++);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aMissingFolderIsSaidOnceInTheBannerAndChoosingAFolderListsItsScans() throws IOException {
        viewModel.refresh();
        assertTrue(viewModel.bannerProperty().get().startsWith("No scan inbox folder is set yet"));

        Path folder = Files.createDirectories(dir.resolve("scanner"));
        ScanFiles.pdf(folder.resolve("one.pdf"), 1);
        dialogs.answerFile(folder);
        viewModel.chooseFolder();

        assertEquals("", viewModel.bannerProperty().get());
        assertEquals(List.of("one.pdf"), viewModel.entries().stream().map(e -> e.file().name()).toList());
        assertEquals("one.pdf", viewModel.selectedProperty().get().file().name());
        assertTrue(dialogs.shown().stream().noneMatch(shown -> shown.kind().equals("error")));
    }

    @Test
    void filingTheSelectedScanRemovesItAndSelectsTheNextOne() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scanner"));
        Path first = ScanFiles.pdf(folder.resolve("first.pdf"), 1);
        Path second = ScanFiles.multiPageTiff(folder.resolve("second.tif"), 2);
        Files.setLastModifiedTime(first, FileTime.from(Instant.parse("2026-11-20T09:00:00Z")));
        Files.setLastModifiedTime(second, FileTime.from(Instant.parse("2026-11-20T09:05:00Z")));
        viewModel.setFolder(folder);
        Signatory saved = ScanTestRegister.addSignatory(services, 4);

        viewModel.fileInto(viewModel.selectedProperty().get(), saved);

        assertEquals(List.of("second.tif"), viewModel.entries().stream().map(e -> e.file().name()).toList());
        assertEquals("second.tif", viewModel.selectedProperty().get().file().name());
        assertEquals(1, scans.count(saved.id()));
        assertTrue(Files.exists(folder.resolve("Done").resolve("first.pdf")));
        assertTrue(viewModel.noticeProperty().get().startsWith("Filed first.pdf with " + saved.organisation()));
        assertEquals(1, registerChanges);

        Files.copy(folder.resolve("Done").resolve("first.pdf"), folder.resolve("first again.pdf"));
        viewModel.refresh();
        InboxEntry again = viewModel.entries().stream().filter(e -> e.file().name().equals("first again.pdf"))
                .findFirst().orElseThrow();
        viewModel.fileInto(again, saved);
        assertEquals(1, scans.count(saved.id()), "the same file is kept once");
        assertEquals("first again.pdf is the same file as \"first.pdf\", already kept with " + saved.organisation()
                + " (" + saved.reference() + "), so it was not kept twice; it was moved to Done.",
                viewModel.noticeProperty().get());
    }

    @Test
    void attachingToAnExistingSignatoryAsksFirstAndARefusedScanStaysWaiting() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scanner"));
        ScanFiles.textNamedPdf(folder.resolve("email.pdf"));
        viewModel.setFolder(folder);
        Signatory existing = ScanTestRegister.addSignatory(services, 5);
        InboxEntry entry = viewModel.selectedProperty().get();

        dialogs.answerConfirm(false);
        assertEquals(false, viewModel.fileIntoExisting(entry, existing));
        dialogs.answerConfirm(true);
        viewModel.fileIntoExisting(entry, existing);

        assertEquals("The scan was not filed", dialogs.last().title());
        assertTrue(dialogs.last().message().contains("The scan is still in the inbox"));
        assertEquals(1, viewModel.entries().size());
        assertTrue(Files.exists(folder.resolve("email.pdf")));
    }

    @Test
    void candidatesAreFoundByTheStartOfAWord() {
        Signatory one = ScanTestRegister.addSignatory(services, 6);
        String firstWord = one.organisation().split(" ")[0];
        SignatoryChooserViewModel chooser = new SignatoryChooserViewModel(services.register(),
                new SameThreadTaskExecutor(), dialogs, "scan.pdf");

        chooser.search(firstWord.substring(0, 3));

        assertTrue(chooser.candidates().stream().anyMatch(s -> s.id() == one.id()));
    }

    @Test
    void theChooserFilesTheSelectedScanWithTheSignatoryPickedAndCancellingLeavesItWaiting() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scanner"));
        ScanFiles.pdf(folder.resolve("form.pdf"), 1);
        viewModel.setFolder(folder);
        Signatory existing = ScanTestRegister.addSignatory(services, 7);

        dialogs.answerCustom(null);
        viewModel.fileSelectedIntoExisting();
        assertEquals(new RecordingDialogService.Shown("custom", "Attach to an existing signatory", ""), dialogs.last());
        assertEquals(1, viewModel.entries().size(), "cancelled: the scan still waits");

        dialogs.answerCustom(existing);
        viewModel.fileSelectedIntoExisting();
        assertTrue(viewModel.entries().isEmpty());
        assertEquals(1, scans.count(existing.id()));
        assertTrue(Files.exists(folder.resolve("Done").resolve("form.pdf")));
    }

    @Test
    void aScanThatCannotBeShownIsNotOfferedForTypingOrChoosing() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scanner"));
        ScanFiles.textNamedPdf(folder.resolve("email.pdf"));
        viewModel.setFolder(folder);

        assertTrue(viewModel.typeSelected().isEmpty());
        assertEquals("This scan cannot be used", dialogs.last().title());
        viewModel.fileSelectedIntoExisting();
        assertEquals("This scan cannot be used", dialogs.last().title(), "no chooser for it either");
        assertEquals(0, forms.unsavedCount());
    }

    @Test
    void anEmptyScanIsNotOfferedForTypingAndTheRefusalSaysItIsEmpty() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scanner"));
        Files.createFile(folder.resolve("Image.bmp"));
        viewModel.setFolder(folder);

        assertTrue(viewModel.typeSelected().isEmpty());
        assertEquals("This scan cannot be used", dialogs.last().title());
        assertEquals("\"Image.bmp\" cannot be kept with a signatory: it is empty (0 bytes): the scan may not have "
                + "finished saving, or the copy failed. Scan or copy it again.", dialogs.last().message());
        assertEquals(0, forms.unsavedCount());
    }

    @Test
    void aFormTypedBesideTheScanFilesTheScanWithTheNewSignatoryWhenSaved() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scanner"));
        ScanFiles.multiPageTiff(folder.resolve("scan-0042.tif"), 2);
        viewModel.setFolder(folder);

        FormBesideScan typed = viewModel.typeSelected().orElseThrow();
        SignatoryFormViewModel form = typed.form();
        assertEquals("New commitment form from scan-0042.tif", form.titleProperty().get());
        typed.scan().open();
        assertEquals(2, typed.scan().pageCountProperty().get(), "the scan is shown beside the form");

        form.signatoryNameProperty().set("Amelia Whitfield");
        form.dateSignedProperty().set("24/11/2026");
        form.organisationProperty().set("Brambleford Food Share");
        assertEquals(1, forms.unsavedCount(), "a form typed from a scan is asked about when the register closes");
        form.save(false);

        assertTrue(form.finishedProperty().get());
        Signatory saved = services.register().search(RegisterQuery.everything()
                .withSearchText("Brambleford")).signatories().get(0);
        assertEquals(1, scans.count(saved.id()));
        assertTrue(viewModel.entries().isEmpty());
        assertTrue(Files.exists(folder.resolve("Done").resolve("scan-0042.tif")));
        assertEquals(1, registerChanges);
        form.closed();
        assertEquals(0, forms.unsavedCount());
    }

    @Test
    void openingTheExistingSignatoryFromATypedFormFilesTheScanThereAndFinishesTheForm() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scanner"));
        ScanFiles.pdf(folder.resolve("form.pdf"), 1);
        viewModel.setFolder(folder);
        Signatory existing = ScanTestRegister.addSignatory(services, 8);
        SignatoryFormViewModel form = viewModel.typeSelected().orElseThrow().form();

        dialogs.answerConfirm(false);
        form.openExisting(existing);
        assertEquals("Attach to " + existing.organisation() + "?", dialogs.last().title());
        assertEquals(false, form.finishedProperty().get(), "said no: the form stays open");

        dialogs.answerConfirm(true);
        form.openExisting(existing);
        assertTrue(form.finishedProperty().get());
        assertEquals(1, scans.count(existing.id()));
    }
}
