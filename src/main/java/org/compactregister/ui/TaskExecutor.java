package org.compactregister.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs {@link BackgroundTask}s away from the JavaFX thread and moves their progress, message and
 * state along on it. Bind to a task before handing it over: it may be finished by the time
 * {@link #execute} returns.
 */
public interface TaskExecutor {

    /** Starts the task (once); cancel it and watch it through the task itself. */
    <T> void execute(BackgroundTask<T> task);

    /**
     * Runs {@code action} on the thread that draws the window, after what it is doing now: for news
     * that arrives on other threads (the register's change feed). The action must be quick.
     */
    void onUiThread(Runnable action);

    /**
     * Runs {@code action} on the thread that draws the window once the window has drawn what it
     * shows now (two frames on): for work that would otherwise compete for the processor with that
     * drawing, such as reading the search into memory as the first page of the register is shown.
     * Where nothing is drawn (a view model's tests) it runs as {@link #onUiThread} does.
     */
    default void afterDrawn(Runnable action) {
        onUiThread(action);
    }

    /** True while any task runs: the window shows it as a busy indicator. */
    ReadOnlyBooleanProperty busyProperty();

    /** Stops taking tasks, waiting a little for those under way. */
    void shutdown();
}
