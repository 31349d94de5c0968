package org.compactregister.ui;

import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.compactregister.Launcher;

/**
 * Run in a JVM of its own by {@code AutomaticBackupsWindowTest}: starts the app as the jar does
 * ({@code --db PATH}), and once the register's window shows its signatories (the register must
 * hold some), closes it as its close button does, so that the app closes the register its own way
 * (the automatic backup included). Exits with the
 * app's exit code; with 2 when the app has not ended a minute after starting.
 */
public final class OpenAndCloseRegister {

    private static final long GIVE_UP_MILLIS = 60_000;

    private static volatile boolean closeRequested;

    private OpenAndCloseRegister() {
    }

    public static void main(String[] args) {
        Thread watcher = new Thread(OpenAndCloseRegister::closeOnceShown, "close-once-shown");
        watcher.setDaemon(true);
        watcher.start();
        Launcher.main(new String[] {"--db", args[0]});
    }

    private static void closeOnceShown() {
        long giveUpAt = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (System.currentTimeMillis() < giveUpAt) {
            try {
                Thread.sleep(50);
                Platform.runLater(OpenAndCloseRegister::requestCloseOfTheRegisterWindow);
            } catch (IllegalStateException toolkitNotStarted) {
                // the window is not up yet
            } catch (InterruptedException e) {
                return;
            }
        }
        Platform.runLater(() -> Window.getWindows().forEach(window -> System.err.println("still showing: "
                + (window instanceof Stage stage ? stage.getTitle() : window))));
        System.err.println("the app had not ended " + GIVE_UP_MILLIS / 1000 + " seconds after starting");
        try {
            Thread.sleep(500); // for the windows still showing to be listed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(2);
    }

    private static void requestCloseOfTheRegisterWindow() {
        if (closeRequested) {
            return;
        }
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage stage && stage.isShowing() && stage.getScene() != null
                    && stage.getScene().lookup("#register-table") instanceof TableView<?> table
                    && !table.getItems().isEmpty()) {
                closeRequested = true;
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
                return;
            }
        }
    }
}
