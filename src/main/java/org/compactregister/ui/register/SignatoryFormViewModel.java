package org.compactregister.ui.register;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.EmailAddress;
import org.compactregister.model.FieldErrors;
import org.compactregister.model.FormField;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;
import org.compactregister.model.UkPhoneNumber;
import org.compactregister.model.UkPostcode;
import org.compactregister.service.ChangedElsewhereException;
import org.compactregister.service.RegisterChanges;
import org.compactregister.service.RegisterService;
import org.compactregister.service.SaveOutcome;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.Problems;
import org.compactregister.ui.TaskExecutor;

/**
 * The commitment form screen: the typed text of every field (kept as typed, so nothing is lost when
 * a save is refused), the error beside each field, the likely duplicates, and saving.
 */
public final class SignatoryFormViewModel {

    private final RegisterService register;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private Signatory opened;
    private CommitmentForm extrasFrom;

    private final StringProperty signatoryName = new SimpleStringProperty("");
    private final StringProperty dateSigned = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty addressLine1 = new SimpleStringProperty("");
    private final StringProperty addressLine2 = new SimpleStringProperty("");
    private final StringProperty town = new SimpleStringProperty("");
    private final StringProperty postcode = new SimpleStringProperty("");
    private final StringProperty telephone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
    private final StringProperty dateReceived = new SimpleStringProperty("");
    private final ObjectProperty<HowReceived> howReceived = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");

    private final Map<FormField, ReadOnlyStringWrapper> errors = new EnumMap<>(FormField.class);
    private final ObservableList<Signatory> possibleDuplicates = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<VersionChoiceViewModel> versionChoice =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private boolean lastEvenIfDuplicate;
    private RegisterChanges.Subscription subscription;
    private final CommitmentForm startingForm;
    private boolean triedToSave;
    private Consumer<Signatory> whenSaved = saved -> { };
    private Predicate<Signatory> whenExistingChosen = existing -> false;
    private Runnable whenClosed = () -> { };

    /** A form for a new signatory ({@code opened} null) or for changing {@code opened}. */
    public SignatoryFormViewModel(RegisterService register, TaskExecutor executor, DialogService dialogs,
                                  Signatory opened) {
        this.register = register;
        this.executor = executor;
        this.dialogs = dialogs;
        this.opened = opened;
        this.extrasFrom = opened == null ? null : opened.form();
        for (FormField field : FormField.values()) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        if (opened == null) {
            dateReceived.set(UkDate.formatShort(register.today()));
            howReceived.set(HowReceived.POST);
            title.set("New commitment form");
        } else {
            load(opened.form());
            title.set(opened.organisation() + " (" + opened.reference() + ")");
            standing.set(standingOf(opened));
        }
        startingForm = typedForm();
        for (StringProperty text : List.of(signatoryName, dateSigned, organisation, addressLine1, addressLine2, town,
                postcode, telephone, email, dateReceived, notes)) {
            text.addListener((obs, old, now) -> recheckAfterFailedSave());
        }
    }

    private void load(CommitmentForm form) {
        signatoryName.set(form.signatoryName());
        dateSigned.set(UkDate.formatShort(form.dateSigned()));
        organisation.set(form.organisation());
        addressLine1.set(form.address().line1());
        addressLine2.set(form.address().line2());
        town.set(form.address().town());
        postcode.set(form.address().postcode());
        telephone.set(form.telephone());
        email.set(form.email());
        sector.set(form.sector());
        dateReceived.set(UkDate.formatShort(form.dateReceived()));
        howReceived.set(form.howReceived());
        notes.set(form.notes());
    }

    /** The form as typed; dates that cannot be read come out as null (and are reported by {@link #dateProblems}). */
    public CommitmentForm typedForm() {
        CommitmentForm typed = new CommitmentForm(signatoryName.get(), UkDate.parse(dateSigned.get()).orElse(null),
                organisation.get(), new Address(addressLine1.get(), addressLine2.get(), town.get(), postcode.get()),
                telephone.get(), email.get(), sector.get(), UkDate.parse(dateReceived.get()).orElse(null),
                howReceived.get(), notes.get());
        return opened == null ? typed : typed.withExtrasOf(extrasFrom);
    }

    /** True when something was typed or changed since the form was opened. */
    public boolean hasChanges() {
        return !typedForm().equals(startingForm);
    }

    /** Writes the postcode the standard way once the user leaves the field ({@code le1 1aa} becomes {@code LE1 1AA}). */
    public void tidyPostcode() {
        UkPostcode.normalise(postcode.get()).ifPresent(postcode::set);
    }

    public void tidyTelephone() {
        UkPhoneNumber.normalise(telephone.get()).ifPresent(telephone::set);
    }

    public void tidyEmail() {
        EmailAddress.normalise(email.get()).ifPresent(email::set);
    }

    public void tidyDates() {
        UkDate.parse(dateSigned.get()).ifPresent(date -> dateSigned.set(UkDate.formatShort(date)));
        UkDate.parse(dateReceived.get()).ifPresent(date -> dateReceived.set(UkDate.formatShort(date)));
    }

    /** Checks the form as typed and shows the errors beside the fields; true when there are none. */
    public boolean check() {
        FieldErrors found = register.check(typedForm()).errors();
        Map<FormField, String> all = new EnumMap<>(FormField.class);
        all.putAll(found.asMap());
        dateProblems().forEach(all::put);
        showErrors(all);
        return all.isEmpty();
    }

    /** Dates that were typed but cannot be read as dates. */
    private Map<FormField, String> dateProblems() {
        Map<FormField, String> problems = new EnumMap<>(FormField.class);
        if (!dateSigned.get().isBlank() && UkDate.parse(dateSigned.get()).isEmpty()) {
            problems.put(FormField.DATE_SIGNED, "\"" + dateSigned.get().strip()
                    + "\" is not a date. Write it day first, like 24/11/2026.");
        }
        if (!dateReceived.get().isBlank() && UkDate.parse(dateReceived.get()).isEmpty()) {
            problems.put(FormField.DATE_RECEIVED, "\"" + dateReceived.get().strip()
                    + "\" is not a date. Write it day first, like 24/11/2026.");
        }
        return problems;
    }

    private void showErrors(Map<FormField, String> messages) {
        errors.forEach((field, message) -> message.set(messages.getOrDefault(field, "")));
    }

    private void recheckAfterFailedSave() {
        if (triedToSave) {
            check();
        }
    }

    /** What happens once the form is saved: {@code action} gets the stored signatory (the form is finished first). */
    public SignatoryFormViewModel onSaved(Consumer<Signatory> action) {
        this.whenSaved = action;
        return this;
    }

    /**
     * What "Open existing" beside a likely duplicate does: {@code action} gets the signatory already
     * in the register, and answers true when that finishes this form (its window then closes).
     */
    public SignatoryFormViewModel onExistingChosen(Predicate<Signatory> action) {
        this.whenExistingChosen = action;
        return this;
    }

    /** What happens when the form's window has closed, whichever way. */
    public SignatoryFormViewModel onClosed(Runnable action) {
        Runnable before = whenClosed;
        this.whenClosed = () -> {
            before.run();
            action.run();
        };
        return this;
    }

    /** Names the form's window ("New commitment form from scan-0042.pdf") instead of the usual title. */
    public SignatoryFormViewModel titled(String text) {
        title.set(text);
        return this;
    }

    /**
     * Saves the form in the background. Once stored, the form is finished and the
     * {@link #onSaved} action runs; when the form has errors or names a likely duplicate, nothing
     * is stored and the form stays as typed.
     */
    public void save(boolean evenIfDuplicate) {
        triedToSave = true;
        lastEvenIfDuplicate = evenIfDuplicate;
        if (!check() || saving.get()) {
            return;
        }
        CommitmentForm form = typedForm();
        saving.set(true);
        executor.execute(BackgroundTask.of("Saving", progress -> opened == null
                        ? register.register(form, evenIfDuplicate)
                        : register.update(opened, form, evenIfDuplicate))
                .onFinished(() -> saving.set(false))
                .onSuccess(outcome -> {
                    if (outcome instanceof SaveOutcome.Saved saved) {
                        possibleDuplicates.clear();
                        notice.set("");
                        finished.set(true);
                        whenSaved.accept(saved.signatory());
                    } else if (outcome instanceof SaveOutcome.Invalid invalid) {
                        showErrors(invalid.errors().asMap());
                    } else if (outcome instanceof SaveOutcome.PossibleDuplicates duplicates) {
                        possibleDuplicates.setAll(duplicates.existing());
                    }
                })
                .onFailure(problem -> {
                    if (problem instanceof ChangedElsewhereException elsewhere
                            && elsewhere.comparison().isPresent()) {
                        versionChoice.set(new VersionChoiceViewModel(this, elsewhere));
                        return;
                    }
                    String heading = problem instanceof ChangedElsewhereException
                            ? "Someone else changed this signatory" : "The form was not saved";
                    dialogs.showError(heading, Problems.describe(problem) + " What you typed is still in the form.");
                }));
    }

    /**
     * Listens to the register's changes while the form is open: when someone else saves or deletes
     * this signatory, the form says so at once ({@link #noticeProperty}) and keeps what was typed.
     */
    public SignatoryFormViewModel listenTo(RegisterChanges changes) {
        if (subscription == null) {
            subscription = changes.subscribe(change -> executor.onUiThread(() -> noticed(change)));
            onClosed(() -> subscription.close());
        }
        return this;
    }

    /** A change to the register, on the window's thread: says so when it is this signatory's. */
    void noticed(RegisterChanges.Change change) {
        if (opened == null || finished.get() || saving.get() || change.signatoryId() != opened.id()) {
            return;
        }
        String who = change.staff() + " at " + TIME.format(change.at().atZone(java.time.ZoneId.systemDefault()))
                + " " + change.where();
        if (change.kind() == RegisterChanges.Kind.REMOVED) {
            notice.set("Deleted by " + who + ". What you typed is kept, but it cannot be saved over a deleted "
                    + "record: copy what you need, or enter it again as a new form.");
        } else if (change.kind() == RegisterChanges.Kind.CHANGED && change.version() > opened.version()) {
            notice.set("Saved by " + who + " — your changes are kept; you will be asked which to keep when "
                    + "you save.");
        }
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    /**
     * Saves {@code merged} (the fields chosen from both versions) on top of {@code theirs}: the form
     * shows the merged values and is saved again, checked against their version this time.
     */
    void saveOnTopOf(Signatory theirs, CommitmentForm merged) {
        versionChoice.set(null);
        opened = theirs;
        extrasFrom = merged;
        load(merged);
        standing.set(standingOf(theirs));
        notice.set("");
        save(lastEvenIfDuplicate);
    }

    /** Goes back to the form from the choice between versions, saving nothing; the typing stays. */
    void backToForm() {
        versionChoice.set(null);
    }

    /** Set while the user chooses between their version and this one, field by field; null otherwise. */
    public javafx.beans.property.ReadOnlyObjectProperty<VersionChoiceViewModel> versionChoiceProperty() {
        return versionChoice.getReadOnlyProperty();
    }

    /** What the form says about others' changes to this signatory while it is open; empty when none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "Open existing" beside a likely duplicate: hands {@code existing} to the {@link #onExistingChosen} action. */
    public void openExisting(Signatory existing) {
        if (whenExistingChosen.test(existing)) {
            finished.set(true);
        }
    }

    /** Tells the form that its window has closed. */
    public void closed() {
        whenClosed.run();
    }

    /** Becomes true when the form has done its work (saved, or handed to an existing signatory): its window closes. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Where the signatory stands, in one line: "Received", "Acknowledged on 3 December 2026", or the withdrawal. */
    static String standingOf(Signatory signatory) {
        String text = signatory.reference() + " · " + signatory.status().label();
        if (signatory.acknowledgedOn() != null) {
            text += " · acknowledged on " + UkDate.formatLong(signatory.acknowledgedOn());
        }
        if (signatory.withdrawal() != null) {
            text += " · withdrew on " + UkDate.formatLong(signatory.withdrawal().date()) + ": "
                    + signatory.withdrawal().reason();
        }
        return text;
    }

    public ReadOnlyStringProperty standingProperty() {
        return standing.getReadOnlyProperty();
    }

    public Optional<Signatory> opened() {
        return Optional.ofNullable(opened);
    }

    public ReadOnlyStringProperty errorProperty(FormField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ObservableList<Signatory> possibleDuplicates() {
        return possibleDuplicates;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public StringProperty signatoryNameProperty() {
        return signatoryName;
    }

    public StringProperty dateSignedProperty() {
        return dateSigned;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty addressLine1Property() {
        return addressLine1;
    }

    public StringProperty addressLine2Property() {
        return addressLine2;
    }

    public StringProperty townProperty() {
        return town;
    }

    public StringProperty postcodeProperty() {
        return postcode;
    }

    public StringProperty telephoneProperty() {
        return telephone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public StringProperty dateReceivedProperty() {
        return dateReceived;
    }

    public ObjectProperty<HowReceived> howReceivedProperty() {
        return howReceived;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
