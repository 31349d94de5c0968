package org.compactregister.ui.scan;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.compactregister.form.FormBox;
import org.compactregister.form.ReturnedFormEntry;
import org.compactregister.form.Verification;
import org.compactregister.model.Plural;
import org.compactregister.model.Signatory;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/**
 * Checking a matched returned form box by box: each box's cut from the scan beside its input, the
 * known values filled in, a renewal's changed boxes marked; saving writes the record as received,
 * files the scan and so makes the acknowledgement letter due.
 */
public final class VerificationViewModel {

    private final ReturnedFormEntry returns;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final InboxEntry entry;
    private final Consumer<Signatory> onSaved;
    private final ObjectProperty<Verification> verification = new SimpleObjectProperty<>();
    private final Map<FormBox, StringProperty> values = new EnumMap<>(FormBox.class);
    private final Map<FormBox, StringProperty> problems = new EnumMap<>(FormBox.class);
    private final Map<FormBox, ObjectProperty<BufferedImage>> cuts = new EnumMap<>(FormBox.class);
    private final Map<FormBox, ObjectBinding<Verification.Mark>> marks = new EnumMap<>(FormBox.class);
    private final Map<FormBox, StringBinding> markWords = new EnumMap<>(FormBox.class);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty finished = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);

    VerificationViewModel(ReturnedFormEntry returns, TaskExecutor executor, DialogService dialogs, InboxEntry entry,
                          Consumer<Signatory> onSaved) {
        this.returns = returns;
        this.executor = executor;
        this.dialogs = dialogs;
        this.entry = entry;
        this.onSaved = onSaved;
        for (FormBox box : FormBox.values()) {
            StringProperty value = new SimpleStringProperty("");
            values.put(box, value);
            problems.put(box, new SimpleStringProperty(""));
            cuts.put(box, new SimpleObjectProperty<>());
            marks.put(box, Bindings.createObjectBinding(() -> verification.get() == null ? Verification.Mark.NONE
                    : verification.get().mark(box, value.get()), value, verification));
            markWords.put(box, Bindings.createStringBinding(() -> verification.get() == null ? ""
                    : verification.get().markInWords(box, value.get()), value, verification));
        }
        heading.set("Checking " + entry.file().name() + " · " + entry.matchInWords());
    }

    /** Cuts the boxes from the scan in the background, then fills in what is known. */
    void open() {
        busy.set(true);
        message.set("Cutting the boxes from the scan…");
        var form = entry.matchedForm().orElseThrow();
        executor.execute(BackgroundTask.of("Opening the returned form", progress -> returns.open(entry.file(), form))
                .onFinished(() -> busy.set(false))
                .onSuccess(opened -> {
                    for (FormBox box : FormBox.values()) {
                        cuts.get(box).set(opened.cuts().get(box));
                        values.get(box).set(opened.known().getOrDefault(box, ""));
                    }
                    verification.set(opened);
                    message.set(opened.signatory().isPresent()
                            ? "Check the boxes written on against the record (marked); a box that differs says what the record"
                            + " has. Enter moves on; Ctrl+Enter saves."
                            : "Type each box as written. Enter moves on; a whole date (2/11/2026) and an address ending"
                            + " in its postcode move on by themselves. Enter in the last box (or Ctrl+Enter) saves.");
                })
                .onFailure(problem -> {
                    dialogs.showProblem("The returned form could not be opened", problem);
                    finished.set(true);
                }));
    }

    /** Saves the record and files the scan; problems are shown beside their boxes, likely duplicates asked about. */
    public void save() {
        save(false);
    }

    private void save(boolean evenIfDuplicate) {
        Verification opened = verification.get();
        if (opened == null || busy.get()) {
            return;
        }
        Map<FormBox, String> typed = new EnumMap<>(FormBox.class);
        values.forEach((box, value) -> typed.put(box, value.get() == null ? "" : value.get()));
        problems.values().forEach(p -> p.set(""));
        busy.set(true);
        message.set("Saving…");
        executor.execute(BackgroundTask.of("Saving the returned form", progress -> returns.save(opened, typed, evenIfDuplicate))
                .onFinished(() -> busy.set(false))
                .onSuccess(outcome -> {
                    if (outcome instanceof ReturnedFormEntry.Outcome.Saved saved) {
                        message.set("Saved.");
                        onSaved.accept(saved.signatory());
                        this.saved.set(true);
                        finished.set(true);
                    } else if (outcome instanceof ReturnedFormEntry.Outcome.Invalid invalid) {
                        invalid.problems().forEach((box, text) -> problems.get(box).set(text));
                        message.set("Nothing was saved: " + Plural.of(invalid.problems().size(), "box needs", "boxes need")
                                + " correcting (shown beside it).");
                    } else if (outcome instanceof ReturnedFormEntry.Outcome.PossibleDuplicates duplicates) {
                        Signatory first = duplicates.existing().get(0);
                        if (dialogs.confirm("Already in the register?", "The register already holds \"" + first.organisation()
                                + "\" (" + first.reference() + "). Save this form as a new organisation anyway?", "Save as new")) {
                            save(true);
                        } else {
                            message.set("Not saved. To file the scan with " + first.reference()
                                    + ", close this and use Attach to existing signatory (Ctrl+E).");
                        }
                    }
                })
                .onFailure(problem -> {
                    message.set("Not saved.");
                    dialogs.showProblem("The returned form was not saved", problem);
                }));
    }

    public StringProperty valueProperty(FormBox box) {
        return values.get(box);
    }

    public ReadOnlyStringProperty problemProperty(FormBox box) {
        return problems.get(box);
    }

    public ObjectProperty<BufferedImage> cutProperty(FormBox box) {
        return cuts.get(box);
    }

    /** How a renewal's box is marked: written on the scan, or differing from the record ({@link Verification#mark}). */
    public ObjectBinding<Verification.Mark> markProperty(FormBox box) {
        return marks.get(box);
    }

    /** The box's mark in words ("Differs from the record, which has: …"); empty when unmarked. */
    public StringBinding markWordsProperty(FormBox box) {
        return markWords.get(box);
    }

    public ObjectProperty<Verification> verificationProperty() {
        return verification;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Becomes true when the form was saved (then before {@link #finishedProperty}). */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Becomes true when the form was saved (or could not be opened): the window closes. */
    public BooleanProperty finishedProperty() {
        return finished;
    }
}
