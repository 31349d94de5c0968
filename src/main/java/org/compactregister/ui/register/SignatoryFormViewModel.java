package org.compactregister.ui.register;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.FormField;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;
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
 * a save is refused), the error beside each field, the likely duplicates, and saving. Its parts:
 * {@link TypedFields} (the text of every field), {@link ErrorsBesideFields}, {@link FormHeading}
 * (title and standing) and {@link ChangedElsewhereNotice} (others' changes while it is open).
 */
public final class SignatoryFormViewModel {

    private final RegisterService register;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private Signatory opened;

    private final TypedFields fields = new TypedFields();
    private final ErrorsBesideFields errors = new ErrorsBesideFields(this::errorsAsTyped);
    private final FormHeading heading = new FormHeading();
    private final ChangedElsewhereNotice notice = new ChangedElsewhereNotice();
    private final ObservableList<Signatory> possibleDuplicates = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<VersionChoiceViewModel> versionChoice = new ReadOnlyObjectWrapper<>();
    private boolean lastEvenIfDuplicate;
    private RegisterChanges.Subscription subscription;
    private final CommitmentForm startingForm;
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
        if (opened == null) {
            fields.dateReceivedProperty().set(UkDate.formatShort(register.today()));
            fields.howReceivedProperty().set(HowReceived.POST);
            heading.title("New commitment form");
        } else {
            fields.load(opened.form());
            heading.title(opened.organisation() + " (" + opened.reference() + ")");
            heading.standing(opened);
        }
        startingForm = typedForm();
        for (StringProperty text : fields.texts()) {
            text.addListener((obs, old, now) -> errors.fieldChanged());
        }
    }

    /**
     * The form as typed; dates that cannot be read come out as null (and are reported by
     * {@link TypedFields#dateProblems}).
     */
    public CommitmentForm typedForm() {
        return fields.form();
    }

    /** True when something was typed or changed since the form was opened. */
    public boolean hasChanges() {
        return !typedForm().equals(startingForm);
    }

    /** Writes the postcode the standard way once the user leaves the field ({@code le1 1aa} becomes {@code LE1 1AA}). */
    public void tidyPostcode() {
        fields.tidyPostcode();
    }

    public void tidyTelephone() {
        fields.tidyTelephone();
    }

    /** Writes the second phone number the standard way once the user leaves it. */
    public void tidySecondTelephone() {
        fields.tidySecondTelephone();
    }

    public void tidyEmail() {
        fields.tidyEmail();
    }

    public void tidyDates() {
        fields.tidyDates();
    }

    /** Checks the form as typed and shows the errors beside the fields; true when there are none. */
    public boolean check() {
        return errors.check();
    }

    /** Every error in the form as typed: the register's rules, then the dates that cannot be read. */
    private Map<FormField, String> errorsAsTyped() {
        Map<FormField, String> all = new EnumMap<>(FormField.class);
        all.putAll(register.check(typedForm(), opened).errors().asMap());
        fields.dateProblems().forEach(all::put);
        return all;
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
        heading.title(text);
        return this;
    }

    /**
     * Saves the form in the background. Once stored, the form is finished and the
     * {@link #onSaved} action runs; when the form has errors or names a likely duplicate, nothing
     * is stored and the form stays as typed.
     */
    public void save(boolean evenIfDuplicate) {
        errors.saveTried();
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
                        notice.clear();
                        finished.set(true);
                        whenSaved.accept(saved.signatory());
                    } else if (outcome instanceof SaveOutcome.Invalid invalid) {
                        errors.show(invalid.errors().asMap());
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
        notice.tell(change, opened.version());
    }

    /**
     * Saves {@code merged} (the fields chosen from both versions) on top of {@code theirs}: the form
     * shows the merged values and is saved again, checked against their version this time.
     */
    void saveOnTopOf(Signatory theirs, CommitmentForm merged) {
        versionChoice.set(null);
        opened = theirs;
        fields.load(merged);
        heading.standing(theirs);
        notice.clear();
        save(lastEvenIfDuplicate);
    }

    /** Goes back to the form from the choice between versions, saving nothing; the typing stays. */
    void backToForm() {
        versionChoice.set(null);
    }

    /** Set while the user chooses between their version and this one, field by field; null otherwise. */
    public ReadOnlyObjectProperty<VersionChoiceViewModel> versionChoiceProperty() {
        return versionChoice.getReadOnlyProperty();
    }

    /** What the form says about others' changes to this signatory while it is open; empty when none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.noticeProperty();
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

    /** Where the signatory stands, as {@link FormHeading#standingOf} writes it; empty on a new form. */
    public ReadOnlyStringProperty standingProperty() {
        return heading.standingProperty();
    }

    public Optional<Signatory> opened() {
        return Optional.ofNullable(opened);
    }

    public ReadOnlyStringProperty errorProperty(FormField field) {
        return errors.errorProperty(field);
    }

    public ObservableList<Signatory> possibleDuplicates() {
        return possibleDuplicates;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return heading.titleProperty();
    }

    public StringProperty signatoryNameProperty() {
        return fields.signatoryNameProperty();
    }

    public StringProperty dateSignedProperty() {
        return fields.dateSignedProperty();
    }

    public StringProperty organisationProperty() {
        return fields.organisationProperty();
    }

    public StringProperty addressLine1Property() {
        return fields.addressLine1Property();
    }

    public StringProperty addressLine2Property() {
        return fields.addressLine2Property();
    }

    /** A third address line, as an import may bring; not on the paper form. */
    public StringProperty addressLine3Property() {
        return fields.addressLine3Property();
    }

    public StringProperty townProperty() {
        return fields.townProperty();
    }

    public StringProperty postcodeProperty() {
        return fields.postcodeProperty();
    }

    public StringProperty telephoneProperty() {
        return fields.telephoneProperty();
    }

    /** A second number (a mobile beside the office line), as an import may bring; not on the paper form. */
    public StringProperty secondTelephoneProperty() {
        return fields.secondTelephoneProperty();
    }

    public StringProperty emailProperty() {
        return fields.emailProperty();
    }

    public ObjectProperty<Sector> sectorProperty() {
        return fields.sectorProperty();
    }

    public StringProperty dateReceivedProperty() {
        return fields.dateReceivedProperty();
    }

    public ObjectProperty<HowReceived> howReceivedProperty() {
        return fields.howReceivedProperty();
    }

    public StringProperty notesProperty() {
        return fields.notesProperty();
    }
}
