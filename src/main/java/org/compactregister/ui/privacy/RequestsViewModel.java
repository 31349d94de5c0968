package org.compactregister.ui.privacy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.model.Plural;
import org.compactregister.model.SubjectAccessRequest;
import org.compactregister.model.UkDate;
import org.compactregister.privacy.SubjectAccessService;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/**
 * Subject access requests: the log (open ones first, with the date each is due), a new request
 * (find the person by name, email or phone; make their pack; log it), and marking one answered.
 */
public final class RequestsViewModel {

    private final SubjectAccessService access;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final LocalDate today;
    private final ObservableList<SubjectAccessRequest> requests = FXCollections.observableArrayList();
    private final ObjectProperty<SubjectAccessRequest> selected = new SimpleObjectProperty<>();
    private final StringProperty person = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");

    public RequestsViewModel(SubjectAccessService access, LocalDate today, TaskExecutor executor,
                             DialogService dialogs) {
        this.access = access;
        this.today = today;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    public void load() {
        executor.execute(BackgroundTask.of("Reading the requests", p -> access.requests())
                .onSuccess(found -> {
                    requests.setAll(found);
                    long open = found.stream().filter(SubjectAccessRequest::isOpen).count();
                    long overdue = found.stream().filter(r -> r.isOverdue(today)).count();
                    summary.set(Plural.of(open, "request is", "requests are") + " open"
                            + (overdue > 0 ? ", " + overdue + " overdue" : "") + ". A request is due one calendar "
                            + "month after it came in.");
                })
                .onFailureShowError(dialogs, "The requests could not be read"));
    }

    /** Finds the person typed, asks where to save their pack, makes it and logs the request. */
    public void makePack() {
        String text = person.get() == null ? "" : person.get().strip();
        executor.execute(BackgroundTask.of("Finding the person", p -> access.find(text))
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        dialogs.showError("Nobody found", "Nobody in the register has a name, email or phone "
                                + "number matching \"" + text + "\".");
                    } else {
                        saveThePack(text);
                    }
                })
                .onFailureShowError(dialogs, "Whose data?"));
    }

    private void saveThePack(String text) {
        Optional<Path> out = dialogs.chooseFileToSave("Save the subject access pack", "subject-access-"
                + text.replaceAll("[^A-Za-z0-9]+", "-") + ".zip", "Zip files", "*.zip");
        if (out.isEmpty()) {
            return;
        }
        executor.execute(BackgroundTask.of("Making the subject access pack", p -> access.makePack(text, out.get(), p))
                .onSuccess(request -> {
                    load();
                    dialogs.showInformation("Pack made", "The pack for \"" + request.person() + "\" ("
                            + Plural.of(request.references().size(), "record", "records") + ": "
                            + String.join(", ", request.references()) + ") is saved as " + out.get()
                            + ". The request is logged, due " + UkDate.formatShort(request.dueOn()) + ".");
                })
                .onFailureShowError(dialogs, "The pack was not made"));
    }

    /** Marks the selected request answered today. */
    public void markAnswered() {
        SubjectAccessRequest request = selected.get();
        if (request == null || !request.isOpen()) {
            return;
        }
        executor.execute(BackgroundTask.of("Marking the request answered", p -> {
                    access.markAnswered(request);
                    return request;
                })
                .onSuccess(done -> load())
                .onFailureShowError(dialogs, "The request was not marked answered"));
    }

    public String state(SubjectAccessRequest request) {
        return request.state(today);
    }

    public ObservableList<SubjectAccessRequest> requests() {
        return requests;
    }

    public ObjectProperty<SubjectAccessRequest> selectedProperty() {
        return selected;
    }

    public StringProperty personProperty() {
        return person;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
