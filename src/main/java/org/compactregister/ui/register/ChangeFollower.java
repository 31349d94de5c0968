package org.compactregister.ui.register;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.compactregister.model.Signatory;
import org.compactregister.service.RegisterChanges;
import org.compactregister.service.RegisterService;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.TaskExecutor;

/**
 * How the register screen follows the register's changes (this program's and, on a shared
 * register, the other PCs'): a changed signatory's row is read again and replaced where it stands;
 * an added or removed one, or many at once, asks the search again. The reading happens in the
 * background, a burst of changes in one go. Part of {@link RegisterViewModel}; used on the
 * window's thread.
 */
final class ChangeFollower {

    private final RegisterService register;
    private final TaskExecutor executor;
    private final Consumer<Signatory> replaceRow;
    private final Consumer<Runnable> searchAgain;
    private final Set<Long> changedRows = new LinkedHashSet<>();
    private boolean readingChangedRows;
    private boolean refreshingForChanges;
    private boolean refreshAgain;

    /**
     * {@code replaceRow} puts a signatory read again in place of its row; {@code searchAgain} asks
     * the search again in the background and runs the action it is given once that has finished,
     * whichever way.
     */
    ChangeFollower(RegisterService register, TaskExecutor executor, Consumer<Signatory> replaceRow,
                   Consumer<Runnable> searchAgain) {
        this.register = register;
        this.executor = executor;
        this.replaceRow = replaceRow;
        this.searchAgain = searchAgain;
    }

    /** A change to the register, on the window's thread. */
    void noticed(RegisterChanges.Change change) {
        switch (change.kind()) {
            case CHANGED -> {
                changedRows.add(change.signatoryId());
                readChangedRows();
            }
            case ADDED, REMOVED, SEVERAL -> refreshForChanges();
            case OTHER -> { }
        }
    }

    /** Reads the changed signatories again, those that changed meanwhile in one go afterwards; one deleted since asks the search again. */
    private void readChangedRows() {
        if (readingChangedRows || changedRows.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(changedRows);
        changedRows.clear();
        readingChangedRows = true;
        executor.execute(BackgroundTask.of("Reading changed signatories", progress -> ids.stream()
                        .map(id -> Map.entry(id, register.find(id))).toList())
                .onSuccess(found -> found.forEach(entry -> entry.getValue()
                        .ifPresentOrElse(replaceRow, this::refreshForChanges)))
                .onFinished(() -> {
                    readingChangedRows = false;
                    readChangedRows();
                }));
    }

    /** Asks the search again for changes; a burst of them asks once more at the end, not once each. */
    private void refreshForChanges() {
        if (refreshingForChanges) {
            refreshAgain = true;
            return;
        }
        refreshingForChanges = true;
        refreshAgain = false;
        searchAgain.accept(() -> {
            refreshingForChanges = false;
            if (refreshAgain) {
                refreshForChanges();
            }
        });
    }
}
