package org.compactregister.io;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.ui.RegisterApp;

/**
 * Run in its own JVM by {@link RegisterBenchmark}: opens the real window on a register and prints
 * "usable N" (milliseconds since the JVM started) once the main window shows signatories.
 */
public final class ColdStartProbe {

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
        RegisterApp.openWindow(Path.of(args[0]), false);
    }

    private static void checkUsable() {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage stage && stage.isShowing() && stage.getTitle() != null
                    && stage.getTitle().startsWith("Compact Register —") && stage.getScene() != null) {
                var table = stage.getScene().lookup("#register-table");
                if (table instanceof TableView<?> view && !view.getItems().isEmpty()) {
                    long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("usable " + millis);
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            }
        }
    }
}
