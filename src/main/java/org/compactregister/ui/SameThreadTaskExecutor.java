package org.compactregister.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.compactregister.service.CancelledException;
import org.compactregister.service.Progress;

/**
 * Runs each task at once on the calling thread, for view-model tests: by the time {@code execute}
 * returns, the task has ended and its handlers have run. Otherwise it behaves as
 * {@link FxTaskExecutor} does: the task's progress, message and state move the same way, a task
 * cancelled while it works ends as cancelled whatever its work returns, and a failure in a handler
 * is not taken for a failure of the work.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean finishing = new AtomicBoolean();
        task.scheduled(() -> {
            if (!finishing.get()) {
                cancelled.set(true);
            }
        });
        task.started();
        T result = null;
        Exception problem = null;
        try {
            result = task.call(new Progress() {
                @Override
                public void update(long done, long total, String text) {
                    task.progressed(total <= 0 || done < 0 ? -1 : (double) done / total);
                    if (text != null) {
                        task.said(text);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }

                @Override
                public void finishing() {
                    checkCancelled();
                    finishing.set(true);
                    task.finishing();
                }
            });
        } catch (Exception e) {
            problem = e;
        }
        if (cancelled.get() || problem instanceof CancelledException) {
            task.cancelled();
        } else if (problem != null) {
            task.failed(problem);
        } else {
            task.succeeded(result);
        }
    }

    /** Runs {@code action} at once, on the calling thread. */
    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
    }
}
