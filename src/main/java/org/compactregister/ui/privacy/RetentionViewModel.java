package org.compactregister.ui.privacy;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.model.Plural;
import org.compactregister.model.RetentionItem;
import org.compactregister.model.RetentionRules;
import org.compactregister.privacy.RetentionService;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/**
 * The Retention window: the office's periods (typed as whole numbers, 0 for "keep"), what they make
 * due with the rule, and erasing or removing one item or all of them after asking.
 */
public final class RetentionViewModel {

    private final RetentionService retention;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable onRegisterChanged;
    private final StringProperty personalYears = new SimpleStringProperty("0");
    private final StringProperty scanYears = new SimpleStringProperty("0");
    private final StringProperty backupDays = new SimpleStringProperty("0");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<RetentionItem> due = FXCollections.observableArrayList();
    private final ObjectProperty<RetentionItem> selected = new SimpleObjectProperty<>();

    public RetentionViewModel(RetentionService retention, TaskExecutor executor, DialogService dialogs,
                              Runnable onRegisterChanged) {
        this.retention = retention;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onRegisterChanged = onRegisterChanged;
    }

    /** Reads the periods and what is due. */
    public void load() {
        executor.execute(BackgroundTask.of("Reading what is due", p -> new Loaded(retention.rules(), retention.due()))
                .onSuccess(this::show)
                .onFailureShowError(dialogs, "What is due could not be read"));
    }

    private record Loaded(RetentionRules rules, java.util.List<RetentionItem> due) {
    }

    private void show(Loaded loaded) {
        personalYears.set(Integer.toString(loaded.rules().personalYears()));
        scanYears.set(Integer.toString(loaded.rules().scanYears()));
        backupDays.set(Integer.toString(loaded.rules().backupDays()));
        due.setAll(loaded.due());
        summary.set(loaded.due().isEmpty() ? "Nothing is due under these periods."
                : Plural.of(loaded.due().size(), "item is", "items are") + " due.");
    }

    /** Keeps the periods typed; a period that is not a whole number in range is refused, naming it. */
    public void savePeriods() {
        RetentionRules rules;
        try {
            rules = new RetentionRules(number("Personal details", personalYears.get(), RetentionRules.MAX_YEARS),
                    number("Scans", scanYears.get(), RetentionRules.MAX_YEARS),
                    number("Automatic backups", backupDays.get(), RetentionRules.MAX_DAYS));
        } catch (IllegalArgumentException e) {
            dialogs.showError("Periods not saved", e.getMessage());
            return;
        }
        executor.execute(BackgroundTask.of("Saving the periods", p -> {
                    retention.configure(rules);
                    return new Loaded(retention.rules(), retention.due());
                })
                .onSuccess(this::show)
                .onFailureShowError(dialogs, "The periods were not saved"));
    }

    private static int number(String what, String typed, int max) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            if (value >= 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        throw new IllegalArgumentException(what + ": type a whole number from 0 (keep) to " + max + ", not \""
                + typed + "\".");
    }

    /** Erases or removes the selected item, after asking. */
    public void applySelected() {
        RetentionItem item = selected.get();
        if (item == null || !dialogs.confirm("Remove what is due?", item.describe() + "\n\nThis cannot be undone.",
                "Remove")) {
            return;
        }
        run("Removing " + item.what(), () -> {
            retention.apply(item);
            return 1;
        });
    }

    /** Erases and removes everything due, after asking. */
    public void applyAll() {
        if (due.isEmpty() || !dialogs.confirm("Remove everything due?", "Erase and remove "
                + Plural.of(due.size(), "item", "items") + " due under the retention periods? This cannot be undone.",
                "Remove all")) {
            return;
        }
        executor.execute(BackgroundTask.of("Removing what is due", retention::applyAll)
                .onSuccess(done -> finished(done))
                .onFailureShowError(dialogs, "Not everything due was removed")
                .onFinished(this::load));
    }

    private void run(String title, java.util.function.Supplier<Integer> work) {
        executor.execute(BackgroundTask.of(title, p -> work.get())
                .onSuccess(this::finished)
                .onFailureShowError(dialogs, "It was not removed")
                .onFinished(this::load));
    }

    private void finished(int done) {
        onRegisterChanged.run();
        dialogs.showInformation("Removed", "Removed " + Plural.of(done, "item", "items") + " due.");
    }

    public StringProperty personalYearsProperty() {
        return personalYears;
    }

    public StringProperty scanYearsProperty() {
        return scanYears;
    }

    public StringProperty backupDaysProperty() {
        return backupDays;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<RetentionItem> due() {
        return due;
    }

    public ObjectProperty<RetentionItem> selectedProperty() {
        return selected;
    }
}
