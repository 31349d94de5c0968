package org.compactregister.ui.lists;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compactregister.list.SignatoryList;
import org.compactregister.list.SignatoryListKind;
import org.compactregister.list.SignatoryListService;
import org.compactregister.model.Plural;
import org.compactregister.model.Sector;
import org.compactregister.model.SignatoryListFilter;
import org.compactregister.model.SignatoryListOrder;
import org.compactregister.model.Status;
import org.compactregister.pdf.PdfPages;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.Problems;
import org.compactregister.ui.TaskExecutor;

/**
 * The signatory list screen: which list (public or internal), which signatories, in which order;
 * how many that is; the preview's pages; and printing, saving as PDF and exporting as CSV, each
 * in the background with progress and a way to cancel.
 */
public final class SignatoryListViewModel {

    /** Dots per inch of the preview pages: A4 at 96 dpi is about the size of a page on a screen. */
    static final float PREVIEW_DPI = 96;

    private final SignatoryListService lists;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final ObjectProperty<SignatoryListKind> kind = new SimpleObjectProperty<>(SignatoryListKind.PUBLIC);
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> signedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> signedTo = new SimpleObjectProperty<>();
    private final BooleanProperty includeWithdrawn = new SimpleBooleanProperty(false);
    private final ObjectProperty<SignatoryListOrder> order = new SimpleObjectProperty<>(SignatoryListOrder.BY_SECTOR);

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper matching = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final StringProperty working = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BufferedImage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper previewOutOfDate = new ReadOnlyBooleanWrapper(false);

    private PdfPages preview;
    private BackgroundTask<?> running;
    private long latestCount;
    private long latestPage;

    public SignatoryListViewModel(SignatoryListService lists, TaskExecutor executor, DialogService dialogs) {
        this.lists = lists;
        this.executor = executor;
        this.dialogs = dialogs;
        progressMessage.bind(Bindings.when(busy).then(working).otherwise(outcome));
        for (Observable choice : new Observable[] {kind, sector, status, signedFrom, signedTo, includeWithdrawn, order}) {
            choice.addListener(changed -> choiceChanged());
        }
    }

    /** The list the choices on screen describe. */
    public SignatoryList list() {
        return new SignatoryList(kind.get(), new SignatoryListFilter(sector.get(), status.get(), signedFrom.get(),
                signedTo.get(), includeWithdrawn.get()), order.get());
    }

    private void choiceChanged() {
        if (preview != null) {
            previewOutOfDate.set(true);
        }
        countMatching();
    }

    /** Counts the signatories the choices describe, for the line under them. */
    public void countMatching() {
        long request = ++latestCount;
        SignatoryListFilter filter = list().filter();
        if (filter.datesReversed()) {
            matching.set(-1);
            summary.set("The \"signed from\" date is after the \"signed to\" date.");
            return;
        }
        executor.execute(BackgroundTask.of("Counting", p -> lists.count(filter))
                .onSuccess(count -> {
                    if (request == latestCount) {
                        matching.set(count);
                        summary.set(count == 0 ? "No signatory matches this choice."
                                : Plural.count(count, "signatory", "signatories") + " in this list.");
                    }
                })
                .onFailure(problem -> {
                    if (request == latestCount) {
                        summary.set("The signatories could not be counted: " + Problems.describe(problem));
                    }
                }));
    }

    /** Lays the list out as it will print and shows its first page. */
    public void preview() {
        SignatoryList list = list();
        start("Laying out the list", p -> new PdfPages(lists.pdf(list, p), "the list"), made -> {
            replacePreview(made);
            outcome.set("Preview ready: " + Plural.count(made.pageCount(), "page.", "pages."));
            showPage(0);
        }, "The preview could not be made");
    }

    /** Prints the list through the system's print dialog (laying it out first if the preview is not up to date). */
    public void print() {
        SignatoryList list = list();
        PdfPages current = upToDatePreview();
        start("Printing", p -> {
            PdfPages toPrint = current != null ? current : new PdfPages(lists.pdf(list, p), "the list");
            try {
                p.checkCancelled();
                p.update(-1, 1, "Waiting for the print dialog");
                return toPrint.printWithDialog(list.kind().title());
            } finally {
                if (toPrint != current) {
                    toPrint.close();
                }
            }
        }, printed -> outcome.set(printed ? "Sent to the printer." : "Printing cancelled."),
                "The list was not printed");
    }

    /** Asks where to save, then saves the list as a PDF. */
    public void savePdf() {
        SignatoryList list = list();
        dialogs.chooseFileToSave("Save the list as PDF", list.suggestedFileName(lists.today(), "pdf"),
                        "PDF files", "*.pdf")
                .ifPresent(file -> start("Saving the PDF", p -> {
                    lists.savePdf(list, file, p);
                    return file;
                }, saved -> outcome.set("Saved " + saved.getFileName() + "."), "The list was not saved"));
    }

    /** Asks where to export, then writes the list as CSV for a spreadsheet. */
    public void exportCsv() {
        SignatoryList list = list();
        dialogs.chooseFileToSave("Export the list as CSV", list.suggestedFileName(lists.today(), "csv"),
                        "CSV files (spreadsheets)", "*.csv")
                .ifPresent(file -> start("Exporting the CSV", p -> {
                    lists.exportCsv(list, file, p);
                    return file;
                }, saved -> outcome.set("Exported " + saved.getFileName() + "."), "The list was not exported"));
    }

    private <T> void start(String title, BackgroundTask.Work<T> work, Consumer<T> done, String failureTitle) {
        if (busy.get()) {
            return;
        }
        BackgroundTask<T> task = BackgroundTask.of(title, work)
                .onFinished(() -> running = null)
                .onSuccess(done)
                .onCancelled(() -> outcome.set("Cancelled."))
                .onFailure(problem -> {
                    outcome.set("");
                    dialogs.showProblem(failureTitle, problem);
                });
        busy.bind(task.runningProperty());
        cancellable.bind(task.cancellableProperty());
        progress.bind(task.progressProperty());
        working.bind(task.messageProperty());
        running = task;
        executor.execute(task);
    }

    /** False once the file under way is whole and being kept: Cancel is refused (and greyed) then. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** Stops the work under way; whatever it was writing is not kept. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    public void nextPage() {
        showPage(pageIndex.get() + 1);
    }

    public void previousPage() {
        showPage(pageIndex.get() - 1);
    }

    /** Draws page {@code index} (from 0) of the preview in the background. */
    public void showPage(int index) {
        PdfPages current = preview;
        if (current == null || index < 0 || index >= current.pageCount()) {
            return;
        }
        long request = ++latestPage;
        pageIndex.set(index);
        pageLabel.set("Page " + (index + 1) + " of " + current.pageCount());
        executor.execute(BackgroundTask.of("Drawing the page", p -> current.render(index, PREVIEW_DPI))
                .onSuccess(image -> {
                    if (request == latestPage && current == preview) {
                        page.set(image);
                    }
                })
                .onFailureShowError(dialogs, "The page could not be shown"));
    }

    private void replacePreview(PdfPages made) {
        PdfPages old = preview;
        preview = made;
        pageCount.set(made.pageCount());
        previewOutOfDate.set(false);
        if (old != null) {
            closeInBackground(old);
        }
    }

    /** Closes a preview away from the JavaFX thread: it may still be drawing a page or printing. */
    private void closeInBackground(PdfPages old) {
        executor.execute(BackgroundTask.<Void>of("Closing the preview", progress -> {
            old.close();
            return null;
        }));
    }

    private PdfPages upToDatePreview() {
        return preview != null && !previewOutOfDate.get() ? preview : null;
    }

    /** Lets go of the preview when the screen closes. */
    public void close() {
        cancel();
        if (preview != null) {
            closeInBackground(preview);
            preview = null;
        }
    }

    public ObjectProperty<SignatoryListKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> signedFromProperty() {
        return signedFrom;
    }

    public ObjectProperty<LocalDate> signedToProperty() {
        return signedTo;
    }

    public BooleanProperty includeWithdrawnProperty() {
        return includeWithdrawn;
    }

    public ObjectProperty<SignatoryListOrder> orderProperty() {
        return order;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty matchingProperty() {
        return matching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the work under way is doing, then how it went. */
    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BufferedImage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewOutOfDateProperty() {
        return previewOutOfDate.getReadOnlyProperty();
    }
}
