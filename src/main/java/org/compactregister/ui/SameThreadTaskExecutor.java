package org.compactregister.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.compactregister.service.CancelledException;
import org.compactregister.service.Progress;

/**
 * Runs each task at once on the calling thread: for view-model tests, where what a task does
 * must be finished by the time the call returns.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int executed;

    @Override
    public <T> RunningTask execute(BackgroundTask<T> task) {
        executed++;
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(task.title());
        boolean[] cancelled = {false};
        try {
            T result = task.call(new Progress() {
                @Override
                public void update(long done, long total, String text) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    if (text != null) {
                        message.set(text);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
            task.succeeded(result);
        } catch (CancelledException e) {
            task.cancelled();
        } catch (Exception e) {
            task.failed(e);
        }
        return new RunningTask() {
            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return progress.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty messageProperty() {
                return message.getReadOnlyProperty();
            }

            @Override
            public void cancel() {
                cancelled[0] = true;
            }
        };
    }

    /** How many tasks this executor has run. */
    public int executedCount() {
        return executed;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
    }
}
