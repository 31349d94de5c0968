package org.compactregister.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.compactregister.service.RefusedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The window's executor and the tests' one move a task the same way: what a view model binds to
 * before {@code execute} shows the work's progress and message, the task ends in the right
 * state, and "finished" comes before the one outcome handler.
 */
class TaskExecutorsTest {

    /** JavaFX started as the window tests start it (TestFX, headless through Monocle), whichever runs first. */
    @BeforeAll
    static void startJavaFx() throws java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    static Stream<Arguments> executors() {
        Supplier<TaskExecutor> fx = FxTaskExecutor::new;
        Supplier<TaskExecutor> sameThread = SameThreadTaskExecutor::new;
        return Stream.of(Arguments.of("FxTaskExecutor", fx), Arguments.of("SameThreadTaskExecutor", sameThread));
    }

    /** Runs the task as a view model does (on the JavaFX thread) and waits until its handlers have run. */
    private static void runToTheEnd(TaskExecutor executor, BackgroundTask<?> task) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.runLater(() -> {
            executor.execute(task);
            started.countDown();
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!task.stateProperty().get().isFinished() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        CountDownLatch handled = new CountDownLatch(1);
        Platform.runLater(handled::countDown);
        assertTrue(handled.await(10, TimeUnit.SECONDS));
        executor.shutdown();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("executors")
    void whatIsBoundBeforeExecuteShowsTheWorkAndFinishedComesFirst(String name, Supplier<TaskExecutor> executor)
            throws InterruptedException {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<Double> progressSeen = Collections.synchronizedList(new ArrayList<>());
        BackgroundTask<String> task = BackgroundTask.of("Counting", progress -> {
                    progress.update(1, 4, "One of four");
                    progress.update(4, 4, "All four");
                    return "done";
                })
                .onRunning(() -> events.add("running"))
                .onFinished(() -> events.add("finished"))
                .onSuccess(result -> events.add("success " + result))
                .onFailure(problem -> events.add("failure"))
                .onCancelled(() -> events.add("cancelled"));
        assertEquals("Counting", task.messageProperty().get(), "the title is the first message");
        assertEquals(-1, task.progressProperty().get(), "progress unknown until the work says");
        task.progressProperty().addListener((obs, old, now) -> progressSeen.add(now.doubleValue()));

        runToTheEnd(executor.get(), task);

        assertEquals(List.of("running", "finished", "success done"), events);
        assertEquals(BackgroundTask.State.SUCCEEDED, task.stateProperty().get());
        assertEquals(false, task.runningProperty().get());
        assertEquals("All four", task.messageProperty().get());
        assertEquals(1.0, task.progressProperty().get());
        assertEquals(1.0, progressSeen.get(progressSeen.size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("executors")
    void aFailureIsShownInWords(String name, Supplier<TaskExecutor> executor) throws InterruptedException {
        RecordingDialogService dialogs = new RecordingDialogService();
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        BackgroundTask<Void> task = BackgroundTask.<Void>of("Saving", progress -> {
                    throw new RefusedException("The folder /nowhere is not there. Choose another place.");
                })
                .onFinished(() -> events.add("finished"))
                .onSuccess(result -> events.add("success"))
                .onFailureShowError(dialogs, "The list was not saved");

        runToTheEnd(executor.get(), task);

        assertEquals(List.of("finished"), events);
        assertEquals(BackgroundTask.State.FAILED, task.stateProperty().get());
        assertEquals(new RecordingDialogService.Shown("error", "The list was not saved",
                "The folder /nowhere is not there. Choose another place."), dialogs.last());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("executors")
    void aTaskCancelledWhileItWorksEndsCancelledNotSucceeded(String name, Supplier<TaskExecutor> executor)
            throws InterruptedException {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        BackgroundTask<?>[] self = new BackgroundTask<?>[1];
        BackgroundTask<Integer> task = BackgroundTask.of("Attaching", progress -> {
                    self[0].cancel();
                    for (int i = 0; i < 500; i++) {
                        Thread.sleep(5);
                        progress.checkCancelled();
                    }
                    return 500;
                })
                .onSuccess(result -> events.add("success"))
                .onCancelled(() -> events.add("cancelled"));
        self[0] = task;

        runToTheEnd(executor.get(), task);

        assertEquals(List.of("cancelled"), events);
        assertEquals(BackgroundTask.State.CANCELLED, task.stateProperty().get());
        assertEquals(false, task.runningProperty().get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("executors")
    void aCancelOnceTheWorkIsFinishingIsRefusedAndItsResultShown(String name, Supplier<TaskExecutor> executor)
            throws InterruptedException {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        BackgroundTask<?>[] self = new BackgroundTask<?>[1];
        BackgroundTask<String> task = BackgroundTask.of("Importing", progress -> {
                    progress.finishing();
                    self[0].cancel();
                    Thread.sleep(200);
                    progress.checkCancelled();
                    return "saved";
                })
                .onSuccess(result -> events.add("success " + result))
                .onCancelled(() -> events.add("cancelled"));
        self[0] = task;

        runToTheEnd(executor.get(), task);

        assertEquals(List.of("success saved"), events, "the work saved: saying it was cancelled would be untrue");
        assertEquals(BackgroundTask.State.SUCCEEDED, task.stateProperty().get());
        assertEquals(false, task.cancellableProperty().get(), "Cancel is greyed once the work is finishing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("executors")
    void aCancelBeforeTheWorkIsFinishingStopsItThere(String name, Supplier<TaskExecutor> executor)
            throws InterruptedException {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        BackgroundTask<?>[] self = new BackgroundTask<?>[1];
        BackgroundTask<String> task = BackgroundTask.of("Importing", progress -> {
                    self[0].cancel();
                    progress.finishing();
                    events.add("saved anyway");
                    return "saved";
                })
                .onSuccess(result -> events.add("success " + result))
                .onCancelled(() -> events.add("cancelled"));
        self[0] = task;

        runToTheEnd(executor.get(), task);

        assertEquals(List.of("cancelled"), events);
        assertEquals(true, task.cancellableProperty().get());
    }

    /** After-drawn work runs once, on the JavaFX thread, and (in the window) only after a pulse has come and gone. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("executors")
    void afterDrawnRunsOnceOnTheJavaFxThreadAfterAPulse(String name, Supplier<TaskExecutor> executor)
            throws InterruptedException {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ran = new CountDownLatch(1);
        javafx.animation.AnimationTimer pulses = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                events.add("pulse");
            }
        };
        Platform.runLater(() -> {
            pulses.start();
            executor.get().afterDrawn(() -> {
                events.add(Platform.isFxApplicationThread() ? "ran on the JavaFX thread" : "ran elsewhere");
                ran.countDown();
            });
        });
        assertTrue(ran.await(10, TimeUnit.SECONDS));
        CountDownLatch later = new CountDownLatch(1);
        Platform.runLater(() -> {
            pulses.stop();
            later.countDown();
        });
        assertTrue(later.await(10, TimeUnit.SECONDS));
        assertEquals(1, events.stream().filter(event -> event.startsWith("ran")).count(), events::toString);
        assertTrue(events.contains("ran on the JavaFX thread"), events::toString);
        if (name.equals("FxTaskExecutor")) {
            assertTrue(events.indexOf("pulse") >= 0 && events.indexOf("pulse") < events.indexOf("ran on the JavaFX thread"),
                    () -> "a pulse first: " + events);
        }
    }
}
