package org.compactregister.ui.register;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.model.RegisterPage;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.SortColumn;
import org.compactregister.model.Status;
import org.compactregister.model.UkDate;
import org.compactregister.model.Withdrawal;
import org.compactregister.service.RegisterChanges;
import org.compactregister.service.RegisterService;
import org.compactregister.service.SampleDataService;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/**
 * The register screen's state: what is typed in the search box, the filters, the order, and the
 * signatories shown. Every change asks the database again in the background; an answer that
 * arrives after a newer question was asked is dropped. Its parts: {@link RegisterFilters} (what is
 * asked), {@link SearchSummary} (the words under and in the table) and {@link ChangeFollower} (the
 * register's changes followed).
 */
public final class RegisterViewModel {

    private final RegisterService register;
    private final SampleDataService samples;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final OpenForms forms;

    private final RegisterFilters filters = new RegisterFilters();
    private final SearchSummary searchSummary = new SearchSummary();
    private final ChangeFollower follower;
    private final ObservableList<Signatory> signatories = FXCollections.observableArrayList();
    private final ObjectProperty<Signatory> selected = new SimpleObjectProperty<>();
    private final ObservableList<Signatory> chosen = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper registerEmpty = new ReadOnlyBooleanWrapper(false);

    private long latestRequest;
    private boolean searchPrepared;
    private RegisterChanges changes;

    /** {@code forms} shows the commitment forms this screen opens. */
    public RegisterViewModel(RegisterService register, SampleDataService samples, TaskExecutor executor,
                             DialogService dialogs, OpenForms forms) {
        this.register = register;
        this.samples = samples;
        this.executor = executor;
        this.dialogs = dialogs;
        this.forms = forms;
        this.follower = new ChangeFollower(register, executor, this::replaceRow, this::searchForChanges);
        filters.whenChanged(this::refresh);
    }

    /** The question the search box, the filters and the order describe now. */
    public RegisterQuery query() {
        return filters.query();
    }

    /** Asks the database again for what the search box and filters describe. */
    public void refresh() {
        refresh(null);
    }

    /**
     * As {@link #refresh()}, taking the answer from {@code early} (the first page, read in the
     * background while the window was built; null: none) when it answers what the screen asks now,
     * awaited in the background (the window is drawn meanwhile). When it failed or
     * answers another question, the database is asked as by {@link #refresh()}.
     */
    public void refresh(java.util.concurrent.CompletableFuture<FirstPage> early) {
        long request = ++latestRequest;
        RegisterQuery query = query();
        searching.set(true);
        executor.execute(BackgroundTask.of("Searching the register", progress -> {
                    FirstPage first = early == null ? null : early.exceptionally(problem -> null).join();
                    if (first != null && first.query().equals(query)) {
                        return new Answer(first.page(), first.registerEmpty());
                    }
                    RegisterPage page = register.search(query);
                    boolean empty = page.totalMatching() == 0 && register.count() == 0;
                    return new Answer(page, empty);
                })
                .onSuccess(answer -> {
                    if (request == latestRequest) {
                        show(answer, query);
                    }
                    prepareSearchOnce();
                })
                .onFailure(problem -> {
                    if (request == latestRequest) {
                        searching.set(false);
                        dialogs.showProblem("The register could not be searched", problem);
                    }
                }));
    }

    private record Answer(RegisterPage page, boolean registerEmpty) {
    }

    /**
     * Follows the register's changes (this program's and, on a shared register, the other PCs'):
     * a changed signatory's row is read again and replaced where it stands; an added or removed one,
     * or many at once, asks the search again. The reading happens in the background, a burst of
     * changes in one go; the forms opened from here follow the changes too.
     */
    public RegisterViewModel listenTo(RegisterChanges feed) {
        this.changes = feed;
        feed.subscribe(change -> executor.onUiThread(() -> follower.noticed(change)));
        return this;
    }

    /** Puts {@code changed} in place of its row, if the table shows it and holds an older version. */
    private void replaceRow(Signatory changed) {
        for (int i = 0; i < signatories.size(); i++) {
            Signatory shown = signatories.get(i);
            if (shown.id() == changed.id()) {
                if (shown.version() < changed.version() || !shown.equals(changed)) {
                    boolean wasSelected = selected.get() != null && selected.get().id() == changed.id();
                    signatories.set(i, changed);
                    if (wasSelected) {
                        selected.set(changed);
                    }
                }
                return;
            }
        }
    }

    /** Asks the search again for the register's changes, in the background; {@code finished} runs once done, whichever way. */
    private void searchForChanges(Runnable finished) {
        long request = ++latestRequest;
        RegisterQuery query = query();
        executor.execute(BackgroundTask.of("Reading the register's changes", progress -> {
                    RegisterPage page = register.search(query);
                    return new Answer(page, page.totalMatching() == 0 && register.count() == 0);
                })
                .onSuccess(answer -> {
                    if (request == latestRequest) {
                        show(answer, query);
                    }
                })
                .onFinished(finished));
    }

    /**
     * Once the first page is shown and drawn, reads the register into the search's memory in the
     * background (about a second at 100,000 signatories), so the first keystroke does not wait for
     * it. Not before the page is drawn: the reading, and the compiling of its code by the JVM, took
     * the processor from the drawing of the first page at start-up.
     */
    private void prepareSearchOnce() {
        if (searchPrepared) {
            return;
        }
        searchPrepared = true;
        executor.afterDrawn(() -> executor.execute(BackgroundTask.<Void>of("Preparing the search", progress -> {
            register.prepareSearch();
            return null;
        }).onFailure(problem -> searchPrepared = false)));
    }

    private void show(Answer answer, RegisterQuery query) {
        Long keep = selected.get() == null ? null : selected.get().id();
        signatories.setAll(answer.page().signatories());
        if (keep != null) {
            selected.set(signatories.stream().filter(s -> s.id() == keep).findFirst().orElse(null));
        }
        registerEmpty.set(answer.registerEmpty());
        searchSummary.show(answer.page(), query, answer.registerEmpty());
        searching.set(false);
    }

    /** Fills an empty register with fictional signatories to try the app out with, after asking. */
    public void fillWithSamples() {
        if (!dialogs.confirm("Fill with sample signatories?", "This adds " + SampleDataService.DEFAULT_COUNT
                + " fictional organisations to the register, so you can try everything out. It only works on an "
                + "empty register: start the app with another --db file to keep real entries apart.", "Fill")) {
            return;
        }
        executor.execute(BackgroundTask.of("Adding sample signatories",
                        progress -> samples.fillEmptyRegister(SampleDataService.DEFAULT_COUNT))
                .onSuccess(count -> refresh())
                .onFailureShowError(dialogs, "No sample signatories were added"));
    }

    /** Clears the search box and the filters. */
    public void clearSearch() {
        filters.clear();
    }

    /** Opens an empty commitment form for a new signatory. */
    public void openNewForm() {
        openForm(null);
    }

    /** Opens the selected signatory as it is in the database now (not as the table last showed it). */
    public void openSelected() {
        Signatory chosen = selected.get();
        if (chosen != null) {
            open(chosen.id());
        }
    }

    /** Opens signatory {@code id} as it is in the database now; says so when it has been deleted since. */
    public void open(long id) {
        executor.execute(BackgroundTask.of("Opening", progress -> register.find(id))
                .onSuccess(found -> found.ifPresentOrElse(this::openForm, () -> {
                    dialogs.showError("This signatory is no longer in the register",
                            "Someone else has deleted it since the list was shown.");
                    refresh();
                }))
                .onFailureShowError(dialogs, "The signatory could not be opened"));
    }

    private void openForm(Signatory signatory) {
        SignatoryFormViewModel form = new SignatoryFormViewModel(register, executor, dialogs, signatory);
        if (changes != null) {
            form.listenTo(changes);
        }
        forms.open(form
                .onSaved(saved -> {
                    selected.set(saved);
                    refresh();
                })
                .onExistingChosen(existing -> {
                    open(existing.id());
                    return false;
                }));
    }

    /** Asks for the date and reason of the selected signatory's withdrawal, then records it. */
    public void withdrawSelected() {
        Signatory chosen = selected.get();
        if (chosen == null) {
            return;
        }
        if (chosen.status() == Status.WITHDRAWN) {
            dialogs.showInformation("Already withdrawn", "\"" + chosen.organisation() + "\" withdrew on "
                    + UkDate.formatLong(chosen.withdrawal().date()) + ": " + chosen.withdrawal().reason());
            return;
        }
        LocalDate today = register.today();
        dialogs.showCustomDialog("Record withdrawal", () -> new WithdrawalDialog(chosen, today))
                .ifPresent(withdrawal -> withdraw(chosen, withdrawal));
    }

    /** Records a withdrawal; when the register refuses it, says why. */
    public void withdraw(Signatory signatory, Withdrawal withdrawal) {
        executor.execute(BackgroundTask.of("Recording the withdrawal", progress -> register.withdraw(signatory, withdrawal))
                .onSuccess(saved -> refresh())
                .onFailureShowError(dialogs, "The withdrawal was not recorded"));
    }

    /** Deletes the selected signatory, after a confirmation that names the organisation. */
    public void deleteSelected() {
        Signatory chosen = selected.get();
        if (chosen != null) {
            delete(chosen);
        }
    }

    /** Deletes the signatory after a confirmation that names the organisation. */
    public void delete(Signatory signatory) {
        String message = "Delete \"" + signatory.organisation() + "\" (signed by " + signatory.signatoryName()
                + ") from the register for good, with its scanned forms? This cannot be undone.\n\nIf the organisation has left the "
                + "Compact, record a withdrawal instead: that keeps its history.";
        if (!dialogs.confirm("Delete " + signatory.organisation() + "?", message, "Delete")) {
            return;
        }
        executor.execute(BackgroundTask.<Void>of("Deleting", progress -> {
                    register.delete(signatory);
                    return null;
                })
                .onSuccess(done -> {
                    selected.set(null);
                    refresh();
                })
                .onFailure(problem -> {
                    dialogs.showProblem("The signatory was not deleted", problem);
                    refresh();
                }));
    }

    public StringProperty searchTextProperty() {
        return filters.searchTextProperty();
    }

    public ObjectProperty<Sector> sectorProperty() {
        return filters.sectorProperty();
    }

    public ObjectProperty<Status> statusProperty() {
        return filters.statusProperty();
    }

    public ObjectProperty<SortColumn> sortColumnProperty() {
        return filters.sortColumnProperty();
    }

    public BooleanProperty ascendingProperty() {
        return filters.ascendingProperty();
    }

    public ObservableList<Signatory> signatories() {
        return signatories;
    }

    public ObjectProperty<Signatory> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return searchSummary.summaryProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return searchSummary.emptyMessageProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty registerEmptyProperty() {
        return registerEmpty.getReadOnlyProperty();
    }

    /** Every row chosen in the table (Shift or Ctrl with a click chooses several), in the table's order. */
    public ObservableList<Signatory> chosen() {
        return chosen;
    }
}
