package org.compactregister.ui.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.model.Plural;
import org.compactregister.model.Scan;
import org.compactregister.model.Signatory;
import org.compactregister.scan.AttachReport;
import org.compactregister.scan.ScanListing;
import org.compactregister.scan.ScanPages;
import org.compactregister.scan.ScanService;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.Problems;
import org.compactregister.ui.TaskExecutor;

/** The scans kept with one signatory: listing, attaching (chosen or dropped), saving a copy, opening, removing. */
public final class ScansPanelViewModel {

    static final String KIND = "Scans (PDF, PNG, JPEG, TIFF, WebP, BMP, GIF)";
    static final String[] PATTERNS = {"*.pdf", "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff", "*.webp", "*.bmp", "*.gif",
        "*.heic", "*.heif", "*.PDF", "*.PNG", "*.JPG", "*.JPEG", "*.TIF", "*.TIFF", "*.WEBP", "*.BMP", "*.GIF", "*.HEIC",
        "*.HEIF"};

    private final ScanService scans;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final SystemViewer systemViewer;
    private final Signatory signatory;
    private final ObservableList<ScanListing> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper attaching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper attachProgress = new ReadOnlyDoubleWrapper(-1);
    private BackgroundTask<AttachReport> attachingTask;

    public ScansPanelViewModel(ScanService scans, TaskExecutor executor, DialogService dialogs,
                               SystemViewer systemViewer, Signatory signatory) {
        this.scans = scans;
        this.executor = executor;
        this.dialogs = dialogs;
        this.systemViewer = systemViewer;
        this.signatory = signatory;
    }

    public void refresh() {
        busy.set(true);
        executor.execute(BackgroundTask.of("Listing scans", progress -> scans.list(signatory.id()))
                .onFinished(() -> busy.set(false))
                .onSuccess(items::setAll)
                .onFailureShowError(dialogs, "The scans could not be listed"));
    }

    public void chooseAndAttach() {
        List<Path> chosen = dialogs.chooseFilesToOpen("Attach scans to " + signatory.organisation(), KIND, PATTERNS);
        if (!chosen.isEmpty()) {
            attach(chosen);
        }
    }

    /** Attaches the files (chosen or dropped); the good ones are kept, and the refused ones are listed with why. */
    public void attach(List<Path> files) {
        if (files.isEmpty() || attaching.get()) {
            return;
        }
        busy.set(true);
        notice.set(files.size() == 1 ? "Attaching " + files.get(0).getFileName() + "…"
                : "Attaching " + files.size() + " files…");
        BackgroundTask<AttachReport> task = BackgroundTask.of("Attaching scans",
                        progress -> scans.attach(signatory.id(), files, progress))
                .onFinished(() -> {
                    busy.set(false);
                    attachingTask = null;
                    refresh();
                })
                .onSuccess(report -> {
                    notice.set(report.attached().isEmpty() ? "" : report.attached().size() == 1
                            ? "Attached " + report.attached().get(0).fileName() + "."
                            : "Attached " + Plural.count(report.attached().size(), "scan", "scans") + ".");
                    tellAbout(report);
                })
                .onCancelled(() -> notice.set("Stopped. The scans attached before you pressed Cancel are kept."))
                .onFailure(problem -> {
                    notice.set("");
                    dialogs.showProblem("Nothing was attached", problem);
                });
        attaching.bind(task.runningProperty());
        attachProgress.bind(task.progressProperty());
        attachingTask = task;
        executor.execute(task);
    }

    /** Stops attaching after the file under way (files already attached stay). */
    public void cancelAttaching() {
        if (attachingTask != null) {
            attachingTask.cancel();
        }
    }

    /** True while files are being attached. */
    public ReadOnlyBooleanProperty attachingProperty() {
        return attaching.getReadOnlyProperty();
    }

    /** How far the attaching has got, from 0 to 1 (-1 while unknown). */
    public ReadOnlyDoubleProperty attachProgressProperty() {
        return attachProgress.getReadOnlyProperty();
    }

    private void tellAbout(AttachReport report) {
        AttachReportDialogs.tell(dialogs, report, null);
    }

    public void saveCopy(Scan scan) {
        dialogs.chooseFileToSave("Save a copy of " + scan.fileName(), scan.fileName(), scan.mediaType().label(),
                        "*." + scan.mediaType().extension())
                .ifPresent(target -> executor.execute(BackgroundTask.of("Saving a copy", progress -> {
                            scans.saveCopy(scan, target);
                            return target;
                        })
                        .onSuccess(saved -> notice.set("Saved a copy to " + saved + "."))
                        .onFailureShowError(dialogs, "The copy was not saved")));
    }

    public void openInSystemViewer(Scan scan) {
        if (!systemViewer.isSupported()) {
            dialogs.showInformation("No other program to open it",
                    "This computer does not let Compact Register open files in other programs. Use \"Save a copy…\" "
                            + "and open the copy yourself, or view the scan here.");
            return;
        }
        executor.execute(BackgroundTask.of("Opening in another program", progress -> {
                    Path file = scans.exportForViewing(scan);
                    systemViewer.open(file);
                    return file;
                })
                .onFailure(problem -> dialogs.showError("The scan could not be opened in another program",
                        problem instanceof IOException
                                ? "No program on this computer opens " + scan.mediaType().label() + " files. "
                                + "Use \"Save a copy…\", or view the scan here."
                                : Problems.describe(problem))));
    }

    /** Asks first, naming the file and the signatory; then removes the scan for good. */
    public void remove(Scan scan) {
        if (!dialogs.confirm("Remove this scan?", "Remove \"" + scan.fileName() + "\" from " + signatory.organisation()
                + " (" + signatory.reference() + ")? The scan is deleted from the register. Save a copy first if "
                + "you may need it.", "Remove")) {
            return;
        }
        executor.execute(BackgroundTask.of("Removing the scan", progress -> {
                    scans.remove(scan);
                    return scan;
                })
                .onFinished(this::refresh)
                .onSuccess(removed -> notice.set("Removed " + removed.fileName() + "."))
                .onFailureShowError(dialogs, "The scan was not removed"));
    }

    /** A viewer for a kept scan, turned as it was last read; it opens the scan when asked to, and keeps each turn. */
    public ScanViewerViewModel viewer(Scan scan) {
        BackgroundTask.Work<ScanPages> opener = progress -> scans.openPages(scan);
        return new ScanViewerViewModel(executor, opener, scan.rotation(), rotation -> scans.turn(scan, rotation), this::refresh);
    }

    public String viewerTitle(Scan scan) {
        return scan.fileName() + " — " + signatory.organisation();
    }

    public ObservableList<ScanListing> items() {
        return items;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
