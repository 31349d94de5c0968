package org.compactregister.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import org.compactregister.service.CancelledException;
import org.compactregister.service.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a small pool of background threads; progress, message, state and results come back
 * on the JavaFX thread. Cancelling ends the task for the screen at once (its cancel handler runs);
 * the work itself stops at its next look at {@link Progress#isCancelled}, and its result is dropped.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public FxTaskExecutor() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(3, runnable -> {
            Thread thread = new Thread(runnable, "register-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private static final int WORKING = 0;
    private static final int STOPPING = 1;
    private static final int FINISHING = 2;

    @Override
    public <T> void execute(BackgroundTask<T> backgroundTask) {
        // working, then either asked to stop or finishing (saving): whichever comes first holds
        AtomicInteger phase = new AtomicInteger(WORKING);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(backgroundTask.title());
                Task<T> self = this;
                return backgroundTask.call(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        updateProgress(done, total);
                        if (message != null) {
                            updateMessage(message);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }

                    @Override
                    public void finishing() {
                        if (phase.get() == FINISHING) {
                            return;
                        }
                        if (!phase.compareAndSet(WORKING, FINISHING)) {
                            throw new CancelledException();
                        }
                        javafx.application.Platform.runLater(backgroundTask::finishing);
                    }
                });
            }
        };
        task.progressProperty().addListener((obs, old, now) -> backgroundTask.progressed(now.doubleValue()));
        task.messageProperty().addListener((obs, old, now) -> backgroundTask.said(now));
        task.setOnRunning(event -> backgroundTask.started());
        task.setOnSucceeded(event -> {
            finished();
            backgroundTask.succeeded(task.getValue());
        });
        task.setOnFailed(event -> {
            finished();
            Throwable problem = task.getException();
            if (problem instanceof CancelledException) {
                backgroundTask.cancelled();
                return;
            }
            LOG.warn("Background task '{}' failed", backgroundTask.title(), problem);
            backgroundTask.failed(problem);
        });
        task.setOnCancelled(event -> {
            finished();
            backgroundTask.cancelled();
        });
        backgroundTask.scheduled(() -> {
            if (phase.compareAndSet(WORKING, STOPPING)) {
                task.cancel(false);
            }
        });
        running++;
        busy.set(true);
        try {
            pool.execute(task);
        } catch (RejectedExecutionException closing) {
            // the app is closing (windows hiding after shutdown): closing work still runs, on its own thread
            Thread thread = new Thread(task, "register-while-closing");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        javafx.application.Platform.runLater(action);
    }

    /** At the second pulse from now: the first has laid out and drawn what the window shows now. */
    @Override
    public void afterDrawn(Runnable action) {
        onUiThread(() -> new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start());
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
