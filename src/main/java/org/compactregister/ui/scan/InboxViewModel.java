package org.compactregister.ui.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.form.ReturnedFormEntry;
import org.compactregister.form.ReturnedForms;
import org.compactregister.model.ScanMediaType;
import org.compactregister.model.Signatory;
import org.compactregister.scan.InboxFile;
import org.compactregister.scan.InboxListing;
import org.compactregister.scan.MediaTypeDetector;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanPages;
import org.compactregister.service.RegisterService;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.Problems;
import org.compactregister.ui.TaskExecutor;
import org.compactregister.ui.register.OpenForms;
import org.compactregister.ui.register.SignatoryFormViewModel;

/**
 * The scan inbox: the files the scanner left, each typed as a commitment form and then filed with
 * its signatory (new or existing), after which it leaves the list.
 */
public final class InboxViewModel {

    private final ScanInbox inbox;
    private final RegisterService register;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final OpenForms forms;
    private final Runnable registerChanged;
    private final ObservableList<InboxEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<InboxEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private InboxFormMatching matching;
    private ReturnedFormEntry returns;
    private Runnable afterMatching;

    /** {@code forms} keeps the forms typed from scans with the others open; {@code registerChanged} runs when a scan was filed. */
    public InboxViewModel(ScanInbox inbox, RegisterService register, TaskExecutor executor, DialogService dialogs,
                          OpenForms forms, Runnable registerChanged) {
        this.inbox = inbox;
        this.register = register;
        this.executor = executor;
        this.dialogs = dialogs;
        this.forms = forms;
        this.registerChanged = registerChanged;
    }

    /**
     * Reads each waiting file for a form's QR code (in the background, after listing), and opens a
     * matched form for checking box by box ({@link #verifySelected}).
     */
    public InboxViewModel withFormReturns(ReturnedForms reader, ReturnedFormEntry entry) {
        this.matching = new InboxFormMatching(reader);
        this.returns = entry;
        return this;
    }

    /** Lists the waiting files again, with their thumbnails; a missing or unreadable folder is said once, in the banner. */
    public void refresh() {
        busy.set(true);
        executor.execute(BackgroundTask.of("Reading the scan inbox", progress -> {
                    InboxListing listing = inbox.list();
                    List<InboxEntry> found = new ArrayList<>();
                    if (listing instanceof InboxListing.Waiting waiting) {
                        int done = 0;
                        for (InboxFile file : waiting.files()) {
                            progress.checkCancelled();
                            found.add(new InboxEntry(file, inbox.thumbnail(file).orElse(null)));
                            progress.update(++done, waiting.files().size(), null);
                        }
                    }
                    return new Listed(listing, found);
                })
                .onFinished(() -> busy.set(false))
                .onSuccess(listed -> {
                    show(listed);
                    matchForms();
                })
                .onFailure(problem -> {
                    banner.set(Problems.describe(problem));
                    matchingDone();
                }));
    }

    /**
     * Runs {@code action} once, on the window's thread, when the files listed next have all been read
     * for forms' codes (or there was nothing to read, or reading failed).
     */
    public void afterNextMatching(Runnable action) {
        afterMatching = action;
    }

    private void matchingDone() {
        Runnable action = afterMatching;
        afterMatching = null;
        if (action != null) {
            action.run();
        }
    }

    /** The first waiting file that holds one matched form, if any. */
    public Optional<InboxEntry> firstMatched() {
        return entries.stream().filter(entry -> entry.matchedForm().isPresent()).findFirst();
    }

    /** Says something in the inbox's notice line. */
    void tell(String words) {
        notice.set(words);
    }

    /** Reads the listed files for forms' codes; splits runs of several forms and lists the inbox again then. */
    private void matchForms() {
        if (matching == null || entries.isEmpty()) {
            matchingDone();
            return;
        }
        List<InboxEntry> listed = List.copyOf(entries);
        busy.set(true);
        executor.execute(BackgroundTask.of("Reading the forms' QR codes", progress -> matching.match(listed, progress))
                .onFinished(() -> busy.set(false))
                .onSuccess(pass -> {
                    if (!pass.problems().isEmpty()) {
                        notice.set(String.join(" ", pass.problems()));
                    }
                    if (pass.split()) {
                        refresh();
                        return;
                    }
                    InboxEntry was = selected.get();
                    entries.setAll(pass.entries());
                    selected.set(pass.entries().stream().filter(e -> was != null && e.file().equals(was.file()))
                            .findFirst().orElse(entries.isEmpty() ? null : entries.get(0)));
                    matchingDone();
                })
                .onFailure(problem -> {
                    notice.set("The forms' codes could not be read: " + Problems.describe(problem));
                    matchingDone();
                }));
    }

    /**
     * The selected file opened for checking box by box, when it holds one matched form; empty otherwise
     * (it is then typed as before).
     */
    public Optional<VerificationViewModel> verifySelected() {
        InboxEntry entry = selected.get();
        if (entry == null || returns == null || entry.matchedForm().isEmpty()) {
            return Optional.empty();
        }
        VerificationViewModel verifying = new VerificationViewModel(returns, executor, dialogs, entry,
                saved -> filedByVerification(entry, saved));
        verifying.open();
        return Optional.of(verifying);
    }

    private void filedByVerification(InboxEntry entry, Signatory signatory) {
        int index = entries.indexOf(entry);
        entries.remove(entry);
        selected.set(entries.isEmpty() ? null : entries.get(Math.min(Math.max(index, 0), entries.size() - 1)));
        notice.set("Saved " + signatory.organisation() + " (" + signatory.reference() + ") as received, with the scan "
                + entry.file().name() + "; the acknowledgement letter is due (Letters > Acknowledge all outstanding).");
        registerChanged.run();
    }

    private record Listed(InboxListing listing, List<InboxEntry> entries) {
    }

    private void show(Listed listed) {
        int was = selected.get() == null ? 0 : Math.max(0, entries.indexOf(selected.get()));
        entries.setAll(listed.entries());
        if (listed.listing() instanceof InboxListing.NotSet) {
            folder.set("No folder set");
            banner.set("No scan inbox folder is set yet. Choose the folder the scanner saves into (Change folder…).");
            emptyMessage.set("");
        } else if (listed.listing() instanceof InboxListing.Unavailable unavailable) {
            folder.set(unavailable.folder().toString());
            banner.set(unavailable.message());
            emptyMessage.set("");
        } else if (listed.listing() instanceof InboxListing.Waiting waiting) {
            folder.set(waiting.folder().toString());
            banner.set("");
            emptyMessage.set("No scans waiting.\nScans the scanner saves into " + waiting.folder() + " appear here.");
        }
        selected.set(entries.isEmpty() ? null : entries.get(Math.min(was, entries.size() - 1)));
    }

    /** Asks for the folder the scanner saves into and sets it; false when the user cancelled. */
    public boolean chooseFolder() {
        Optional<Path> chosen = dialogs.chooseFolder("Choose the folder the scanner saves into");
        chosen.ifPresent(this::setFolder);
        return chosen.isPresent();
    }

    public void setFolder(Path chosen) {
        executor.execute(BackgroundTask.of("Setting the scan inbox", progress -> {
                    inbox.setFolder(chosen);
                    return chosen;
                })
                .onSuccess(set -> refresh())
                .onFailureShowError(dialogs, "The scan inbox was not changed"));
    }

    /** Files the scan with the signatory just saved from its form; on success it leaves the inbox. */
    public void fileInto(InboxEntry entry, Signatory signatory) {
        busy.set(true);
        executor.execute(BackgroundTask.of("Filing the scan", progress -> inbox.file(entry.file(), signatory.id()))
                .onFinished(() -> busy.set(false))
                .onSuccess(filed -> {
                    int index = entries.indexOf(entry);
                    entries.remove(entry);
                    selected.set(entries.isEmpty() ? null : entries.get(Math.min(Math.max(index, 0), entries.size() - 1)));
                    notice.set((filed.alreadyKept().isPresent()
                            ? entry.file().name() + " is the same file as \"" + filed.alreadyKept().get().fileName()
                                    + "\", already kept with " + signatory.organisation() + " (" + signatory.reference()
                                    + "), so it was not kept twice; it was moved to "
                            : "Filed " + entry.file().name() + " with " + signatory.organisation() + " ("
                                    + signatory.reference() + ") and moved it to ")
                            + filed.movedTo().getParent().getFileName() + ".");
                    registerChanged.run();
                })
                .onFailure(problem -> {
                    registerChanged.run();
                    dialogs.showError("The scan was not filed", Problems.describe(problem)
                            + " The scan is still in the inbox, so nothing is lost.");
                    refresh();
                }));
    }

    /** True when the entry can be typed from; otherwise says why (a file that cannot be shown would be refused). */
    public boolean canType(InboxEntry entry) {
        if (entry.thumbnail() == null && entry.file().sizeBytes() == 0) {
            dialogs.showError("This scan cannot be used", "\"" + entry.file().name() + "\" cannot be kept with a "
                    + "signatory: " + MediaTypeDetector.EMPTY_FILE);
            return false;
        }
        if (entry.thumbnail() == null) {
            dialogs.showError("This scan cannot be used", "\"" + entry.file().name() + "\" cannot be shown, so "
                    + "it could not be kept with a signatory either: it is not a readable " + ScanMediaType.NAMES + ". "
                    + "Scan the form again, or ask for it to be sent again.");
            return false;
        }
        return true;
    }

    /** Files the scan with a signatory already in the register, after asking; false when the user said no. */
    public boolean fileIntoExisting(InboxEntry entry, Signatory existing) {
        if (dialogs.confirm("Attach to " + existing.organisation() + "?", "Attach \"" + entry.file().name() + "\" to "
                + existing.organisation() + " (" + existing.reference() + "), signed by " + existing.signatoryName()
                + ", instead of entering a new signatory?", "Attach")) {
            fileInto(entry, existing);
            return true;
        }
        return false;
    }

    /**
     * An empty commitment form for the selected scan, with the scan beside it: saving the form files
     * the scan with the new signatory; "Open existing" files it with that one instead (after asking).
     * Empty when nothing is selected or the scan cannot be used (after saying why).
     */
    public Optional<FormBesideScan> typeSelected() {
        InboxEntry entry = selected.get();
        if (entry == null || !canType(entry)) {
            return Optional.empty();
        }
        ScanViewerViewModel scan = viewer(entry);
        SignatoryFormViewModel form = new SignatoryFormViewModel(register, executor, dialogs, null)
                .titled("New commitment form from " + entry.file().name())
                .onSaved(saved -> fileInto(entry, saved))
                .onExistingChosen(existing -> fileIntoExisting(entry, existing))
                .onClosed(scan::close);
        forms.track(form);
        return Optional.of(new FormBesideScan(form, scan));
    }

    /** Asks which signatory already in the register the selected scan is for, then files it there. */
    public void fileSelectedIntoExisting() {
        InboxEntry entry = selected.get();
        if (entry == null || !canType(entry)) {
            return;
        }
        SignatoryChooserViewModel chooser = new SignatoryChooserViewModel(register, executor, dialogs, entry.file().name());
        dialogs.showCustomDialog("Attach to an existing signatory", () -> new SignatoryChooser(chooser))
                .ifPresent(chosen -> fileInto(entry, chosen));
    }

    /** A viewer for a waiting file. */
    public ScanViewerViewModel viewer(InboxEntry entry) {
        BackgroundTask.Work<ScanPages> opener = progress -> ScanInbox.openPages(entry.file());
        return new ScanViewerViewModel(executor, opener);
    }

    public ObservableList<InboxEntry> entries() {
        return entries;
    }

    public ObjectProperty<InboxEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
