package org.compactregister.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.compactregister.service.Progress;

/**
 * Work for a background thread (database, files, PDF, printing), and what to do on the JavaFX
 * thread when it starts and ends. The task owns its progress, message and state: a view model
 * builds the task, binds what it shows to them, and only then hands the task to a
 * {@link TaskExecutor}, which moves them along. Whether the executor finishes the work later (the
 * window's {@link FxTaskExecutor}) or before {@code execute} returns (the tests'
 * {@link SameThreadTaskExecutor}), the view model sees the same thing.
 *
 * <p>When the task ends, {@link #onFinished} runs first (put away what was shown while it ran),
 * then exactly one of {@link #onSuccess}, {@link #onFailure} or {@link #onCancelled} (which may
 * start further work). Every handler runs on the JavaFX thread (in tests, the calling thread).
 * A task runs once.
 */
public final class BackgroundTask<T> {

    /** The work itself; it may report progress and should stop when asked. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Where a task is: built, handed to an executor, working, or ended one of three ways. */
    public enum State {
        READY, SCHEDULED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        /** True once the task has ended, whichever way. */
        public boolean isFinished() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    private final String title;
    private final Work<T> work;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.READY);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(true);
    private Runnable onRunning = () -> { };
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = problem -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private Runnable canceller = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = title;
        this.work = work;
        this.message = new ReadOnlyStringWrapper(title);
    }

    /** A task with a title, which is also its first message ("Searching the register", "Saving"). */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    /** Runs when the work starts on its background thread. */
    public BackgroundTask<T> onRunning(Runnable action) {
        this.onRunning = action;
        return this;
    }

    /** Runs with the work's result. */
    public BackgroundTask<T> onSuccess(Consumer<T> action) {
        this.onSuccess = action;
        return this;
    }

    /** Runs with what went wrong (the executor has already logged it). Without one, a failure is only logged. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = action;
        return this;
    }

    /** The usual failure: an error dialog headed {@code heading}, saying what went wrong in words. */
    public BackgroundTask<T> onFailureShowError(DialogService dialogs, String heading) {
        return onFailure(problem -> dialogs.showProblem(heading, problem));
    }

    /** Runs when the task was cancelled (or its work stopped because it was asked to). */
    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = action;
        return this;
    }

    /** Runs when the task ends, whichever way, before the success, failure or cancel handler. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = action;
        return this;
    }

    public String title() {
        return title;
    }

    /** How far the work is, from 0 to 1; -1 while that is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the work says it is doing; the title until it says otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True from {@code execute} until the task ends. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * True until the work says it is finishing ({@link Progress#finishing}: saving what it did); a
     * Cancel after that is refused, so a Cancel button binds its disabling to this.
     */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** The work is finishing: it can no longer be cancelled. */
    void finishing() {
        cancellable.set(false);
    }

    /**
     * Asks the work to stop (see {@link FxTaskExecutor} for when the task ends); does nothing once it
     * has ended, or once it is finishing.
     */
    public void cancel() {
        if (!state.get().isFinished()) {
            canceller.run();
        }
    }

    T call(Progress reporter) throws Exception {
        return work.run(reporter);
    }

    /** Handed to an executor; {@code cancelWith} is how that executor stops it. */
    void scheduled(Runnable cancelWith) {
        if (state.get() != State.READY) {
            throw new IllegalStateException("The task \"" + title + "\" has already been started");
        }
        canceller = cancelWith;
        state.set(State.SCHEDULED);
        running.set(true);
    }

    void started() {
        state.set(State.RUNNING);
        onRunning.run();
    }

    void progressed(double fraction) {
        progress.set(fraction);
    }

    void said(String text) {
        message.set(text);
    }

    void succeeded(T result) {
        if (end(State.SUCCEEDED)) {
            onSuccess.accept(result);
        }
    }

    void failed(Throwable problem) {
        if (end(State.FAILED)) {
            onFailure.accept(problem);
        }
    }

    void cancelled() {
        if (end(State.CANCELLED)) {
            onCancelled.run();
        }
    }

    private boolean end(State how) {
        if (state.get().isFinished()) {
            return false;
        }
        state.set(how);
        running.set(false);
        onFinished.run();
        return true;
    }
}
