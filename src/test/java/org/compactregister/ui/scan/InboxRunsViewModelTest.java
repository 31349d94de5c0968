package org.compactregister.ui.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compactregister.form.FormCorpusAccess;
import org.compactregister.form.FormService;
import org.compactregister.form.PrintedForm;
import org.compactregister.form.ReturnedFormEntry;
import org.compactregister.form.ReturnedForms;
import org.compactregister.scan.ScanFiles;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanService;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.scan.TiffRuns;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.compactregister.ui.register.OpenForms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Scan inbox window reads scanner runs as the command does (the same scan code): a TIFF run
 * with a page scanned sideways is split into three parts, each matched to its own form, and a run
 * still being written is listed whole, saying it is incomplete, not split into fewer forms.
 */
class InboxRunsViewModelTest {

    @TempDir
    Path dir;
    private Services services;
    private InboxViewModel viewModel;
    private byte[] forms;

    @BeforeEach
    void open() throws IOException {
        services = ScanTestRegister.open(dir);
        ScanService scans = new ScanService(services);
        ScanInbox inbox = new ScanInbox(services, scans);
        FormService formService = new FormService(services);
        List<PrintedForm> printed = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            printed.add(formService.formFor(ScanTestRegister.addSignatory(services, n)));
        }
        forms = formService.pdf(printed, false, Progress.NONE);
        RecordingDialogService dialogs = new RecordingDialogService();
        OpenForms openForms = new OpenForms(dialogs, form -> {
            throw new AssertionError("the inbox shows its forms itself, beside the scan");
        });
        viewModel = new InboxViewModel(inbox, services.register(), new SameThreadTaskExecutor(), dialogs, openForms, () -> { })
                .withFormReturns(new ReturnedForms(formService), new ReturnedFormEntry(formService, services.register(), inbox));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aTiffRunWithASidewaysPageIsSplitIntoMatchedPartsAndOneStillBeingWrittenIsListedAsIncomplete() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scanner"));
        List<TiffRuns.Page> pages = new ArrayList<>();
        for (int form = 0; form < 3; form++) {
            pages.add(TiffRuns.Page.of(FormCorpusAccess.scanned(forms, form, 100, form == 1 ? 270 : 0, Map.of()), 100));
        }
        TiffRuns.write(folder.resolve("run 0001.tif"), pages);
        TiffRuns.Written whole = TiffRuns.write(dir.resolve("whole.tif"), pages, ByteOrder.LITTLE_ENDIAN, true);
        ScanFiles.cut(whole.file(), folder.resolve("run 0002.tif"), (int) (whole.directoryAt().get(2) + 10));

        viewModel.setFolder(folder);

        List<String> listed = viewModel.entries().stream()
                .map(e -> e.file().name() + ": " + (e.match() == null ? "not read" : e.match().describe())).sorted().toList();
        assertEquals(4, listed.size(), listed.toString());
        for (int n = 1; n <= 3; n++) {
            assertTrue(listed.get(n - 1).startsWith("run 0001 - form " + n + " of 3 (CS-00000" + n + ").pdf: matched CS-00000" + n),
                    listed.toString());
        }
        assertEquals("run 0002.tif: not matched: the TIFF image is incomplete: it stops before the end of its pages "
                + "(perhaps it was still being scanned or copied). Scan or copy it again.", listed.get(3));
        assertTrue(Files.exists(folder.resolve("Split").resolve("run 0001.tif")));
    }
}
