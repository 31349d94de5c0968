package org.compactregister.ui.privacy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.Plural;
import org.compactregister.model.Signatory;
import org.compactregister.privacy.AuditCsv;
import org.compactregister.service.AuditTrail;
import org.compactregister.service.RegisterChanges;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.Problems;
import org.compactregister.ui.TaskExecutor;

/**
 * The audit trail, filtered by who, when (from and to, days included), what and which record, and
 * saved as CSV. The register-wide Audit window and each signatory's History panel (fixed to that
 * signatory) both show one.
 */
public final class AuditViewModel {

    private final AuditTrail audit;
    private final java.time.ZoneId zone;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Long fixedSignatory;
    /** How many readings were asked for; only the last one's answer is shown (window thread only). */
    private long readings;
    private final StringProperty staff = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();

    /** {@code signatoryId} fixes the record (a History panel), or null for the whole register. */
    public AuditViewModel(AuditTrail audit, java.time.ZoneId zone, TaskExecutor executor, DialogService dialogs,
                          Long signatoryId) {
        this.audit = audit;
        this.zone = zone;
        this.executor = executor;
        this.dialogs = dialogs;
        this.fixedSignatory = signatoryId;
    }

    /**
     * For a History panel: reads its signatory's entries again whenever the register records a
     * change to that signatory (saved in this window or on another PC) or to many at once (an import,
     * a restore), until the subscription is closed. The whole register's audit window is read again
     * only when asked ({@link #search}); for it this follows nothing.
     */
    public RegisterChanges.Subscription followChanges(RegisterChanges changes) {
        if (fixedSignatory == null) {
            return () -> { };
        }
        long id = fixedSignatory;
        return changes.subscribe(change -> {
            if (change.concerns(id)) {
                executor.onUiThread(() -> search(false));
            }
        });
    }

    /** Reads the entries that match the filters, in the background. */
    public void search() {
        search(true);
    }

    /**
     * Reads the entries in the background; only the newest reading is shown (one asked for earlier
     * that ends later is dropped). {@code asked}: the user asked, so a failure is a dialog; a
     * reading after someone's change says a failure in the summary instead.
     */
    private void search(boolean asked) {
        Optional<AuditFilter> filter = filter();
        if (filter.isEmpty()) {
            return;
        }
        long reading = ++readings;
        executor.execute(BackgroundTask.of("Reading the audit trail", p -> audit.find(filter.get(), AuditTrail.WINDOW_ENTRIES))
                .onFailure(problem -> {
                    if (reading != readings) {
                        return;
                    }
                    if (asked) {
                        dialogs.showProblem("The audit trail could not be read", problem);
                    } else {
                        summary.set("The history could not be read again: " + Problems.describe(problem));
                    }
                })
                .onSuccess(found -> {
                    if (reading != readings) {
                        return;
                    }
                    rows.setAll(AuditRow.of(found, zone));
                    summary.set(found.isEmpty() ? "No recorded changes match."
                            : Plural.count(found.size(), "entry", "entries") + " ("
                            + Plural.count(rows.size(), "line", "lines") + ")"
                            + (found.size() >= AuditTrail.WINDOW_ENTRIES ? " (the newest; narrow the filters to see older)"
                            : "") + ", newest first.");
                }));
    }

    private Optional<AuditFilter> filter() {
        Long record = fixedSignatory;
        String typed = reference.get() == null ? "" : reference.get().strip();
        if (record == null && !typed.isEmpty()) {
            var id = Signatory.idOf(typed);
            if (id.isEmpty()) {
                dialogs.showError("Not a reference", "\"" + typed + "\" is not a reference: type it like CS-000042.");
                return Optional.empty();
            }
            record = id.getAsLong();
        }
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            dialogs.showError("Dates the wrong way round", "The \"to\" date is before the \"from\" date.");
            return Optional.empty();
        }
        return Optional.of(new AuditFilter(staff.get(), from.get(), to.get(), action.get(), record));
    }

    /** Asks for a file and saves the entries that match the filters (all of them, not only those shown) as CSV. */
    public void exportCsv() {
        Optional<AuditFilter> filter = filter();
        if (filter.isEmpty()) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToSave("Save the audit trail as CSV", "audit-trail.csv",
                "CSV files", "*.csv");
        if (file.isEmpty()) {
            return;
        }
        executor.execute(BackgroundTask.of("Saving the audit trail", p -> {
                    List<AuditEntry> entries = audit.find(filter.get());
                    AuditCsv.save(entries, zone, file.get());
                    return entries.size();
                })
                .onSuccess(count -> dialogs.showInformation("Audit trail saved", "Saved "
                        + Plural.count(count, "audit entry", "audit entries") + " to " + file.get() + "."))
                .onFailureShowError(dialogs, "The audit trail was not saved"));
    }

    public StringProperty staffProperty() {
        return staff;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }
}
