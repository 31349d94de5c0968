package org.compactregister.ui.letters;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compactregister.letter.LetterRun;
import org.compactregister.letter.LetterService;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.Plural;
import org.compactregister.model.SentLetter;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;
import org.compactregister.pdf.PdfPages;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/**
 * Letters made into one PDF and shown page by page as they will print; printed, saved, and
 * (new letters only, and only when the user confirms they went out) recorded as sent, which marks
 * the signatories acknowledged.
 */
public final class LetterPreviewViewModel {

    /** The resolution pages are drawn at for the screen. */
    static final float SCREEN_DPI = 96;

    private final LetterService letters;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable onMarked;

    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty working = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty refusals = new SimpleStringProperty("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper making = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<LetterRun> run = new SimpleObjectProperty<>();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final ObjectProperty<BufferedImage> page = new SimpleObjectProperty<>();
    private final BooleanProperty canMark = new SimpleBooleanProperty(false);
    private final BooleanProperty marked = new SimpleBooleanProperty(false);
    private final StringProperty pageLabel = new SimpleStringProperty("");

    private PdfPages pages;
    private BackgroundTask<Made> running;
    private String jobName = "Acknowledgement letters";

    public LetterPreviewViewModel(LetterService letters, TaskExecutor executor, DialogService dialogs, Runnable onMarked) {
        this.letters = letters;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onMarked = onMarked;
        message.bind(Bindings.when(making).then(working).otherwise(result));
        pageLabel.bind(Bindings.createStringBinding(() -> pageCount.get() == 0 ? ""
                : "Page " + (pageIndex.get() + 1) + " of " + pageCount.get(), pageIndex, pageCount));
    }

    /** The letters for every signatory whose form is received and not yet acknowledged. */
    public void makeOutstanding() {
        heading.set("Acknowledge all outstanding");
        jobName = "Acknowledgement letters " + UkDate.formatShort(letters.today());
        make("Finding the signatories waiting for a letter", progress -> {
            List<Signatory> outstanding = letters.outstanding();
            progress.update(0, outstanding.size() + 1, "Making " + outstanding.size() + " letters");
            return letters.make(letters.lettersFor(outstanding, letters.today()), progress);
        }, true);
    }

    /** The letter for one signatory, dated today. */
    public void makeFor(Signatory signatory) {
        heading.set("Letter to " + signatory.organisation());
        jobName = "Acknowledgement letter " + signatory.reference();
        make("Making the letter", progress -> letters.make(letters.lettersFor(List.of(signatory), letters.today()),
                progress), true);
    }

    /** A letter from a signatory's history, exactly as it was sent; it is not recorded again. */
    public void reprint(SentLetter sent) {
        heading.set("Reprint of the letter of " + UkDate.formatLong(sent.letterDate()) + " to "
                + sent.recipient().organisation());
        jobName = "Acknowledgement letter " + sent.recipient().reference() + " (reprint)";
        make("Making the letter again", progress -> letters.reprint(sent, progress), false);
    }

    private void make(String title, BackgroundTask.Work<LetterRun> work, boolean markable) {
        busy.set(true);
        BackgroundTask<Made> task = BackgroundTask.of(title, progress -> {
                    LetterRun made = work.run(progress);
                    PdfPages opened = made.isEmpty() ? null : new PdfPages(made.pdf(), "the letters");
                    BufferedImage first = opened == null ? null : opened.render(0, SCREEN_DPI);
                    return new Made(made, opened, first);
                })
                .onFinished(() -> busy.set(false))
                .onSuccess(made -> show(made, markable))
                .onFailure(problem -> {
                    result.set("No letters were made.");
                    dialogs.showProblem("The letters could not be made", problem);
                })
                .onCancelled(() -> result.set("Cancelled: no letters were made, and nobody was marked as acknowledged."));
        making.bind(task.runningProperty());
        progress.bind(task.progressProperty());
        working.bind(task.messageProperty());
        running = task;
        executor.execute(task);
    }

    private record Made(LetterRun run, PdfPages pages, BufferedImage first) {
    }

    private void show(Made made, boolean markable) {
        closePages();
        pages = made.pages();
        run.set(made.run());
        LetterRun r = made.run();
        refusals.set(r.refused().isEmpty() ? "" : Plural.count(r.refused().size(), "letter was", "letters were")
                + " left out, because they cannot be printed correctly:\n" + r.refusedInWords());
        if (r.isEmpty()) {
            result.set(r.refused().isEmpty() ? "No signatories are waiting for an acknowledgement letter."
                    : "None of the letters can be printed.");
            pageCount.set(0);
            page.set(null);
            if (!r.refused().isEmpty() && r.refused().size() == 1) {
                dialogs.showError("The letter cannot be printed", r.refused().get(0).reason());
            }
            return;
        }
        result.set(r.countInWords() + " ready (" + Plural.count(r.pages(), "page", "pages")
                + "). Print them or save them as a PDF" + (markable ? "; then mark them as sent." : "."));
        pageCount.set(pages.pageCount());
        pageIndex.set(0);
        page.set(made.first());
        canMark.set(markable);
    }

    public void nextPage() {
        goTo(pageIndex.get() + 1);
    }

    public void previousPage() {
        goTo(pageIndex.get() - 1);
    }

    private void goTo(int index) {
        if (pages == null || index < 0 || index >= pageCount.get()) {
            return;
        }
        pageIndex.set(index);
        PdfPages showing = pages;
        executor.execute(BackgroundTask.of("Drawing page " + (index + 1), p -> showing.render(index, SCREEN_DPI))
                .onSuccess(image -> {
                    if (showing == pages && pageIndex.get() == index) {
                        page.set(image);
                    }
                })
                .onFailureShowError(dialogs, "The page could not be shown"));
    }

    /** Prints through the system's print dialog, then asks whether the letters went out. */
    public void print() {
        LetterRun r = run.get();
        if (r == null || r.isEmpty()) {
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of("Printing", p -> {
                    try (PdfPages printing = new PdfPages(r.pdf(), "the letters")) {
                        return printing.printWithDialog(jobName);
                    }
                })
                .onFinished(() -> busy.set(false))
                .onSuccess(printed -> {
                    if (printed) {
                        result.set(r.countInWords() + " sent to the printer.");
                        askToMark();
                    }
                })
                .onFailureShowError(dialogs, "The letters were not printed"));
    }

    /** Saves the letters as one PDF, then asks whether they went out. */
    public void saveAsPdf() {
        LetterRun r = run.get();
        if (r == null || r.isEmpty()) {
            return;
        }
        String suggested = jobName.replaceAll("[^A-Za-z0-9 ()-]+", "-") + ".pdf";
        dialogs.chooseFileToSave("Save the letters as PDF", suggested, "PDF files", "*.pdf").ifPresent(chosen -> {
            Path file = chosen.getFileName().toString().toLowerCase().endsWith(".pdf") ? chosen
                    : chosen.resolveSibling(chosen.getFileName() + ".pdf");
            busy.set(true);
            executor.execute(BackgroundTask.of("Saving the letters", p -> {
                        letters.savePdf(r.pdf(), file);
                        return file;
                    })
                    .onFinished(() -> busy.set(false))
                    .onSuccess(saved -> {
                        result.set(r.countInWords() + " saved to " + saved + ".");
                        askToMark();
                    })
                    .onFailureShowError(dialogs, "The letters were not saved"));
        });
    }

    private void askToMark() {
        if (canMark.get() && !marked.get()) {
            markAsSent();
        }
    }

    /**
     * Asks whether the letters went out and, only if the user says so, records them in each
     * signatory's history and marks the signatories acknowledged.
     */
    public void markAsSent() {
        LetterRun r = run.get();
        if (r == null || r.isEmpty() || !canMark.get() || marked.get()) {
            return;
        }
        if (!dialogs.confirm(LetterService.confirmationTitle(r), LetterService.confirmationQuestion(r), "Mark as sent")) {
            result.set("Nobody was marked as acknowledged. Use \"Mark as sent…\" once the letters have gone out.");
            return;
        }
        List<AcknowledgementLetter> sent = r.letters();
        busy.set(true);
        executor.execute(BackgroundTask.of("Recording the letters as sent", p -> letters.confirmSent(sent))
                .onFinished(() -> busy.set(false))
                .onSuccess(count -> {
                    marked.set(true);
                    result.set(count == 0 ? "Recorded in the letter history (already acknowledged before)."
                            : Plural.count(count, "signatory", "signatories") + " marked as acknowledged.");
                    onMarked.run();
                })
                .onFailureShowError(dialogs, "Nobody was marked as acknowledged"));
    }

    /** Stops making the letters. */
    public void cancel() {
        if (running != null && making.get()) {
            running.cancel();
        }
    }

    /** Lets go of the letters when the preview closes. */
    public void close() {
        cancel();
        closePages();
    }

    /** Lets go of the pages away from the JavaFX thread: a page may still be being drawn. */
    private void closePages() {
        if (pages != null) {
            PdfPages closing = pages;
            pages = null;
            executor.execute(BackgroundTask.<Void>of("Closing the preview", progress -> {
                closing.close();
                return null;
            }));
        }
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    /** What the preview says: what the work under way is doing, then how it went. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refusalsProperty() {
        return refusals;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty makingProperty() {
        return making.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<LetterRun> runProperty() {
        return run;
    }

    public ObjectProperty<BufferedImage> pageProperty() {
        return page;
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public BooleanProperty markedProperty() {
        return marked;
    }

    public BooleanProperty canMarkProperty() {
        return canMark;
    }

    /** True when there are letters to print or save. */
    public BooleanBinding hasLetters() {
        return Bindings.createBooleanBinding(() -> run.get() != null && !run.get().isEmpty(), run);
    }
}
