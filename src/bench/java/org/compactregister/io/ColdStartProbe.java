package org.compactregister.io;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.Launcher;

/**
 * Run in its own JVM by {@link RegisterBenchmark}: starts the app as its jar does ({@link Launcher},
 * {@code --db REGISTER}), and prints
 * "usable N" (milliseconds since the JVM started) once the main window shows signatories: at the
 * second pulse after its table holds them, when they have been drawn once (as {@link BareWindowProbe}
 * waits for its window's second pulse).
 */
public final class ColdStartProbe {

    /** Set on the JavaFX thread once the table holds rows. */
    private static boolean rowsSeen;

    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        Thread watcher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(20);
                    Platform.runLater(ColdStartProbe::checkUsable);
                } catch (IllegalStateException toolkitNotStarted) {
                    // the window is not up yet
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        // as an office starts it: the jar's entry point (logging set up, the command line read), then the window
        Launcher.main(new String[] {"--db", Path.of(args[0]).toString()});
    }

    /** With {@code -Dprobe.threads=true}: the processor time of the process and of each thread so far, busiest first. */
    private static void printThreadTimes() {
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("cpu process %d ms%n", os.getProcessCpuTime() / 1_000_000);
        java.util.Arrays.stream(threads.dumpAllThreads(false, false))
                .map(info -> java.util.Map.entry(info.getThreadName(), threads.getThreadCpuTime(info.getThreadId())))
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> System.out.printf("cpu %s %d ms%n", entry.getKey(), entry.getValue() / 1_000_000));
    }

    private static void printUsable() {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        if (Boolean.getBoolean("probe.threads")) {
            printThreadTimes();
        }
        System.out.println("usable " + millis);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static void checkUsable() {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage stage && stage.isShowing() && stage.getTitle() != null
                    && stage.getTitle().startsWith("Compact Register —") && stage.getScene() != null) {
                var table = stage.getScene().lookup("#register-table");
                if (table instanceof TableView<?> view && !view.getItems().isEmpty() && !rowsSeen) {
                    rowsSeen = true;
                    // as the bare window: at the second pulse from here, when the rows have been drawn once
                    new AnimationTimer() {
                        private int pulses;

                        @Override
                        public void handle(long now) {
                            if (++pulses == 2) {
                                printUsable();
                            }
                        }
                    }.start();
                }
            }
        }
    }
}
