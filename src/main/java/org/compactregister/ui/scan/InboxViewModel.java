package org.compactregister.ui.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.scan.InboxFile;
import org.compactregister.scan.InboxListing;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanPages;
import org.compactregister.service.RegisterService;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.Problems;
import org.compactregister.ui.TaskExecutor;

/**
 * The scan inbox: the files the scanner left, each typed as a commitment form and then filed with
 * its signatory (new or existing), after which it leaves the list.
 */
public final class InboxViewModel {

    private final ScanInbox inbox;
    private final RegisterService register;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable registerChanged;
    private final ObservableList<InboxEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<Signatory> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<InboxEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public InboxViewModel(ScanInbox inbox, RegisterService register, TaskExecutor executor, DialogService dialogs,
                          Runnable registerChanged) {
        this.inbox = inbox;
        this.register = register;
        this.executor = executor;
        this.dialogs = dialogs;
        this.registerChanged = registerChanged;
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
                .onSuccess(this::show)
                .onFailure(problem -> {
                    busy.set(false);
                    banner.set(Problems.describe(problem));
                }));
    }

    private record Listed(InboxListing listing, List<InboxEntry> entries) {
    }

    private void show(Listed listed) {
        busy.set(false);
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
        var chosen = dialogs.chooseFolder("Choose the folder the scanner saves into");
        chosen.ifPresent(this::setFolder);
        return chosen.isPresent();
    }

    public void setFolder(Path chosen) {
        executor.execute(BackgroundTask.of("Setting the scan inbox", progress -> {
                    inbox.setFolder(chosen);
                    return chosen;
                })
                .onSuccess(set -> refresh())
                .onFailure(problem -> dialogs.showError("The scan inbox was not changed", Problems.describe(problem))));
    }

    /** Files the scan with the signatory just saved from its form; on success it leaves the inbox. */
    public void fileInto(InboxEntry entry, Signatory signatory) {
        busy.set(true);
        executor.execute(BackgroundTask.of("Filing the scan", progress -> inbox.file(entry.file(), signatory.id()))
                .onSuccess(movedTo -> {
                    busy.set(false);
                    int index = entries.indexOf(entry);
                    entries.remove(entry);
                    selected.set(entries.isEmpty() ? null : entries.get(Math.min(Math.max(index, 0), entries.size() - 1)));
                    notice.set("Filed " + entry.file().name() + " with " + signatory.organisation() + " ("
                            + signatory.reference() + ") and moved it to " + movedTo.getParent().getFileName() + ".");
                    registerChanged.run();
                })
                .onFailure(problem -> {
                    busy.set(false);
                    registerChanged.run();
                    dialogs.showError("The scan was not filed", Problems.describe(problem)
                            + " The scan is still in the inbox, so nothing is lost.");
                    refresh();
                }));
    }

    /** True when the entry can be typed from; otherwise says why (a file that cannot be shown would be refused). */
    public boolean canType(InboxEntry entry) {
        if (entry.thumbnail() == null) {
            dialogs.showError("This scan cannot be used", "\"" + entry.file().name() + "\" cannot be shown, so "
                    + "it could not be kept with a signatory either: it is not a readable PDF, PNG, JPEG, TIFF or WebP. "
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

    /** Signatories whose words start with what was typed, to choose the one a scan belongs to. */
    public void searchCandidates(String text) {
        RegisterQuery query = RegisterQuery.everything().withSearchText(text).withLimit(30);
        executor.execute(BackgroundTask.of("Searching", progress -> register.search(query))
                .onSuccess(page -> candidates.setAll(page.signatories()))
                .onFailure(problem -> {
                    candidates.clear();
                    dialogs.showError("The register could not be searched", Problems.describe(problem));
                }));
    }

    /** A viewer for a waiting file. */
    public ScanViewerViewModel viewer(InboxEntry entry) {
        BackgroundTask.Work<ScanPages> opener = progress -> ScanInbox.openPages(entry.file());
        return new ScanViewerViewModel(executor, opener);
    }

    public ObservableList<InboxEntry> entries() {
        return entries;
    }

    public ObservableList<Signatory> candidates() {
        return candidates;
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

    public RegisterService register() {
        return register;
    }
}
