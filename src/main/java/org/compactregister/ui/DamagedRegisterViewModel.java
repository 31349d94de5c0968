package org.compactregister.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.compactregister.io.BackupSummary;
import org.compactregister.io.DamagedRegister;
import org.compactregister.io.RestoreWording;

/**
 * The screen shown instead of the register when its file is damaged: what happened, and the three
 * ways back (recover what is readable, restore the latest automatic backup, restore a chosen
 * backup). Each runs in the background; the damaged file is always kept. When one succeeds, the
 * register is opened again through {@code reopen}.
 */
public final class DamagedRegisterViewModel {

    private final DamagedRegister register;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable reopen;

    private final ReadOnlyStringWrapper backupText = new ReadOnlyStringWrapper("Looking for the latest automatic backup …");
    private final ReadOnlyObjectWrapper<BackupSummary> latestBackup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper working = new ReadOnlyStringWrapper("");

    public DamagedRegisterViewModel(DamagedRegister register, TaskExecutor executor, DialogService dialogs,
                                    Runnable reopen) {
        this.register = register;
        this.executor = executor;
        this.dialogs = dialogs;
        this.reopen = reopen;
    }

    /** Looks for the latest automatic backup beside the register, in the background. */
    public void load() {
        run("Looking for the latest automatic backup …", progress -> register.latestBackup(), found -> {
            latestBackup.set(found.orElse(null));
            backupText.set(found.map(backup -> "The latest automatic backup is " + RestoreWording.backupTaken(backup)
                    + ".").orElse("No automatic backup was found in the folder \"backups\" beside the register."));
        }, "The backups could not be looked for");
    }

    /** Takes what can still be read into the register's place, then opens it. */
    public void recover() {
        run("Recovering what can still be read …", progress -> register.recover(), recovered -> {
            dialogs.showInformation("Register recovered", recovered.describe());
            reopen.run();
        }, "Nothing was recovered");
    }

    /** Puts the latest automatic backup in the register's place (after asking), then opens it. */
    public void restoreLatest() {
        BackupSummary latest = latestBackup.get();
        if (latest != null) {
            restore(latest);
        }
    }

    /** Asks for a backup file, checks it, and puts it in the register's place (after asking). */
    public void restoreChosen() {
        dialogs.chooseFileToOpen("Choose a backup of the register", "Register backups", "*.zip").ifPresent(file ->
                run("Checking the backup …", progress -> register.inspect(file), this::restore,
                        "That backup cannot be used"));
    }

    private void restore(BackupSummary backup) {
        if (!dialogs.confirm("Restore this backup?", RestoreWording.confirmationOverDamaged(register.file(), backup),
                "Restore")) {
            return;
        }
        run("Restoring the backup …", progress -> register.restore(backup.file()), restored -> {
            dialogs.showInformation("Register restored", restored.describe());
            reopen.run();
        }, "The backup was not restored");
    }

    private <T> void run(String what, BackgroundTask.Work<T> work, Consumer<T> then, String failureTitle) {
        BackgroundTask<T> task = BackgroundTask.of(what, work)
                .onSuccess(then)
                .onFailureShowError(dialogs, failureTitle);
        busy.bind(task.runningProperty());
        working.bind(Bindings.when(task.runningProperty()).then(task.messageProperty()).otherwise(""));
        executor.execute(task);
    }

    /** The damaged register's file. */
    public Path file() {
        return register.file();
    }

    /** What was found of the latest automatic backup, in a sentence. */
    public ReadOnlyStringProperty backupTextProperty() {
        return backupText.getReadOnlyProperty();
    }

    /** The latest automatic backup, or null when there is none. */
    public ReadOnlyObjectProperty<BackupSummary> latestBackupProperty() {
        return latestBackup.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is being done in the background, or empty. */
    public ReadOnlyStringProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
