package org.compactregister.ui;

import java.util.function.Consumer;
import org.compactregister.service.Progress;

/**
 * Work for a background thread (database, files, PDF, printing), with what to do on the JavaFX
 * thread when it succeeds or fails. Build one, then hand it to a {@link TaskExecutor}.
 */
public final class BackgroundTask<T> {

    /** The work itself; it may report progress and should stop when asked. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = problem -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = title;
        this.work = work;
    }

    /** A task with a title for the busy indicator ("Searching…", "Saving…"). */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = action;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    public String title() {
        return title;
    }

    public T call(Progress progress) throws Exception {
        return work.run(progress);
    }

    public void succeeded(T result) {
        onSuccess.accept(result);
    }

    public void failed(Throwable problem) {
        onFailure.accept(problem);
    }

    public void cancelled() {
        onCancelled.run();
    }
}
