package org.compactregister.ui.scan;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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

    static final String KIND = "Scans (PDF, PNG, JPEG, TIFF, WebP)";
    static final String[] PATTERNS = {"*.pdf", "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff", "*.webp", "*.heic", "*.heif",
        "*.PDF", "*.PNG", "*.JPG", "*.JPEG", "*.TIF", "*.TIFF", "*.WEBP", "*.HEIC", "*.HEIF"};

    private final ScanService scans;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final SystemViewer systemViewer;
    private final Signatory signatory;
    private final ObservableList<ScanListing> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.compactregister.ui.RunningTask> attaching =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

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
                .onSuccess(listed -> {
                    busy.set(false);
                    items.setAll(listed);
                })
                .onFailure(problem -> {
                    busy.set(false);
                    dialogs.showError("The scans could not be listed", Problems.describe(problem));
                }));
    }

    public void chooseAndAttach() {
        List<Path> chosen = dialogs.chooseFilesToOpen("Attach scans to " + signatory.organisation(), KIND, PATTERNS);
        if (!chosen.isEmpty()) {
            attach(chosen);
        }
    }

    /** Attaches the files (chosen or dropped); the good ones are kept, and the refused ones are listed with why. */
    public void attach(List<Path> files) {
        if (files.isEmpty() || attaching.get() != null) {
            return;
        }
        busy.set(true);
        notice.set(files.size() == 1 ? "Attaching " + files.get(0).getFileName() + "…" : "Attaching " + files.size() + " files…");
        boolean[] finished = {false};
        Runnable done = () -> {
            finished[0] = true;
            busy.set(false);
            attaching.set(null);
        };
        org.compactregister.ui.RunningTask running = executor.execute(BackgroundTask.of("Attaching scans",
                        progress -> scans.attach(signatory.id(), files, progress))
                .onSuccess(report -> {
                    done.run();
                    notice.set(report.attached().isEmpty() ? "" : report.attached().size() == 1
                            ? "Attached " + report.attached().get(0).fileName() + "." : "Attached " + report.attached().size() + " scans.");
                    tellAbout(report);
                    refresh();
                })
                .onCancelled(() -> {
                    done.run();
                    notice.set("Stopped. The scans attached before you pressed Cancel are kept.");
                    refresh();
                })
                .onFailure(problem -> {
                    done.run();
                    notice.set("");
                    dialogs.showError("Nothing was attached", Problems.describe(problem));
                    refresh();
                }));
        if (!finished[0]) {
            attaching.set(running);
        }
    }

    /** Stops attaching after the file under way (files already attached stay). */
    public void cancelAttaching() {
        if (attaching.get() != null) {
            attaching.get().cancel();
        }
    }

    /** The attaching under way (its progress), or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.compactregister.ui.RunningTask> attachingProperty() {
        return attaching.getReadOnlyProperty();
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
                        .onFailure(problem -> dialogs.showError("The copy was not saved", Problems.describe(problem)))));
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
                        problem instanceof java.io.IOException
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
                .onSuccess(removed -> {
                    notice.set("Removed " + removed.fileName() + ".");
                    refresh();
                })
                .onFailure(problem -> {
                    dialogs.showError("The scan was not removed", Problems.describe(problem));
                    refresh();
                }));
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

    public Signatory signatory() {
        return signatory;
    }
}
