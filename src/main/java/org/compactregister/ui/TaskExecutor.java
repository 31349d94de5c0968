package org.compactregister.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** Runs {@link BackgroundTask}s away from the JavaFX thread and reports back on it. */
public interface TaskExecutor {

    /** Starts the task; the handle can cancel it and watch its progress. */
    <T> RunningTask execute(BackgroundTask<T> task);

    /** True while any task runs: the window shows it as a busy indicator. */
    ReadOnlyBooleanProperty busyProperty();

    /** Stops taking tasks, waiting a little for those under way. */
    void shutdown();
}
