package org.compactregister.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/** What the window tours (bench programs for looking at screens under Xvfb) do at set times. */
public final class TourSteps {

    private TourSteps() {
    }

    /** Runs {@code action} on the JavaFX thread {@code millis} milliseconds from now. */
    public static void after(long millis, Runnable action) {
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            Platform.runLater(action);
        });
        thread.setDaemon(true);
        thread.start();
    }

    /** Saves a picture of {@code scene} as it is drawn now to {@code file} (PNG); call it on the JavaFX thread. */
    public static void snap(Scene scene, File file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
