package org.compactregister.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.compactregister.service.Services;

/**
 * How the window tours (bench programs for looking at screens under Xvfb) start, what they do at set
 * times, and how they end.
 */
public final class TourSteps {

    private TourSteps() {
    }

    /** A tour's own steps, run on the JavaFX thread once the main window shows the register. */
    @FunctionalInterface
    public interface Tour {
        /** {@code stage}: the main window's; {@code executor}: the one the main window runs its work with. */
        void start(Stage stage, Services services, FxTaskExecutor executor) throws Exception;
    }

    /** What fills a register that holds no signatory, so the tour has something to show. */
    @FunctionalInterface
    public interface Filling {
        void fill(Services services) throws Exception;
    }

    private record Launch(Path register, Filling fillWhenEmpty, Tour tour) {
    }

    private static volatile Launch launch;

    /** As {@link #launch(Path, Filling, Tour)}, an empty register filled with 300 sample signatories. */
    public static void launch(Path register, Tour tour) {
        launch(register, services -> services.sampleData().fillEmptyRegister(300), tour);
    }

    /**
     * Runs a tour as the app starts: the JavaFX application with the app's look (PrimerLight), the
     * register at {@code register} opened on this PC's clock ({@code fillWhenEmpty} fills it first
     * when it holds no signatory), the real main window shown on it, then {@code tour}. Returns
     * when the tour has ended JavaFX (see {@link #finish}); call it once, from {@code main}.
     */
    public static void launch(Path register, Filling fillWhenEmpty, Tour tour) {
        launch = new Launch(register, fillWhenEmpty, tour);
        Application.launch(App.class);
    }

    /** The JavaFX application a tour runs in (started by {@link #launch}). */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            Launch what = launch;
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Services services = Services.open(what.register(), Clock.systemDefaultZone());
            if (services.register().count() == 0) {
                what.fillWhenEmpty().fill(services);
            }
            FxTaskExecutor executor = new FxTaskExecutor();
            new MainWindow(stage, services, executor).show();
            what.tour().start(stage, services, executor);
        }
    }

    /** Ends the tour: closes the register and then JavaFX (so {@link #launch} returns); call it on the JavaFX thread. */
    public static void finish(Services services) {
        services.close();
        Platform.exit();
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
