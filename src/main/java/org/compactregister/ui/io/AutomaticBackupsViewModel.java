package org.compactregister.ui.io;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.service.RefusedException;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/** The automatic backup on exit: on or off, which folder, how many to keep. */
public final class AutomaticBackupsViewModel {

    private final AutomaticBackups backups;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    private final BooleanProperty enabled = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final IntegerProperty keep = new SimpleIntegerProperty(AutomaticBackups.DEFAULT_KEEP);
    private boolean changedBeforeLoaded;

    public AutomaticBackupsViewModel(AutomaticBackups backups, TaskExecutor executor, DialogService dialogs) {
        this.backups = backups;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Reads the settings into the screen. */
    public void load() {
        executor.execute(BackgroundTask.of("Reading the backup settings",
                        progress -> new Object[] {backups.folder().orElse(null), backups.keep()})
                .onSuccess(values -> {
                    if (changedBeforeLoaded) {
                        return; // the user has already chosen: keep what they chose
                    }
                    folder.set((Path) values[0]);
                    enabled.set(values[0] != null);
                    keep.set((Integer) values[1]);
                })
                .onFailureShowError(dialogs, "The backup settings could not be read"));
    }

    public void chooseFolder() {
        dialogs.chooseFolder("Folder for automatic backups").ifPresent(chosen -> {
            changedBeforeLoaded = true;
            folder.set(chosen);
            enabled.set(true);
        });
    }

    /** Saves the settings; runs {@code onSaved} when they were saved. */
    public void save(Runnable onSaved) {
        boolean on = enabled.get();
        Path chosen = folder.get();
        int count = keep.get();
        executor.execute(BackgroundTask.<Void>of("Saving the backup settings", progress -> {
                    if (on && chosen == null) {
                        throw new RefusedException("Choose the folder for the automatic backups, or turn them off.");
                    }
                    backups.configure(on ? chosen : null, count);
                    return null;
                })
                .onSuccess(done -> onSaved.run())
                .onFailureShowError(dialogs, "The backup settings were not saved"));
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public IntegerProperty keepProperty() {
        return keep;
    }
}
