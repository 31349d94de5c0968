package org.compactregister.ui.letters;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.letter.LetterService;
import org.compactregister.model.Plural;
import org.compactregister.model.SentLetter;
import org.compactregister.model.Signatory;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/** The letters sent to one signatory, newest first, any of which can be reprinted as it was. */
public final class LetterHistoryViewModel {

    private final LetterService letters;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Signatory signatory;
    private final ObservableList<SentLetter> sent = FXCollections.observableArrayList();
    private final ObjectProperty<SentLetter> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");

    public LetterHistoryViewModel(LetterService letters, TaskExecutor executor, DialogService dialogs,
                                  Signatory signatory) {
        this.letters = letters;
        this.executor = executor;
        this.dialogs = dialogs;
        this.signatory = signatory;
    }

    public void load() {
        executor.execute(BackgroundTask.of("Reading the letter history", p -> letters.history(signatory.id()))
                .onSuccess(found -> {
                    sent.setAll(found);
                    if (!found.isEmpty()) {
                        selected.set(found.get(0));
                    }
                    summary.set(found.isEmpty()
                            ? "No letters have been recorded as sent to " + signatory.organisation() + " yet."
                            : Plural.count(found.size(), "letter", "letters") + " sent to "
                            + signatory.organisation() + " (" + signatory.reference() + ").");
                })
                .onFailureShowError(dialogs, "The letter history could not be read"));
    }

    public Signatory signatory() {
        return signatory;
    }

    public ObservableList<SentLetter> sent() {
        return sent;
    }

    public ObjectProperty<SentLetter> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
