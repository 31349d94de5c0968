package org.compactregister.ui.io;

import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.compactregister.io.CsvImportService;
import org.compactregister.service.Services;
import org.compactregister.ui.FxTaskExecutor;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.RecordingDialogService;

/**
 * Not a test: opens the real main window and the import window on a CSV file, and saves pictures
 * of the preview and of the report, for looking at under Xvfb:
 * {@code java -cp ... org.compactregister.ui.io.ImportWindowTour DB CSV OUT_FOLDER}.
 */
public final class ImportWindowTour {

    private static String[] arguments;

    public static void main(String[] args) {
        arguments = args;
        Application.launch(App.class);
    }

    /** The JavaFX application the tour runs in. */
    public static final class App extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Services services = Services.open(Path.of(arguments[0]), Clock.systemDefaultZone());
        if (services.register().count() == 0) {
            services.sampleData().fillEmptyRegister(300);
        }
        FxTaskExecutor executor = new FxTaskExecutor();
        new MainWindow(stage, services, executor).show();
        RecordingDialogService dialogs = new RecordingDialogService().answerFile(Path.of(arguments[1]));
        ImportViewModel viewModel = new ImportViewModel(new CsvImportService(services), executor, dialogs, () -> { });
        ImportView view = new ImportView(viewModel, stage);
        view.show();
        File out = new File(arguments[2]);
        after(1500, () -> snap(view, new File(out, "import-1-empty.png")));
        after(2000, viewModel::chooseFile);
        after(5000, () -> snap(view, new File(out, "import-2-preview.png")));
        after(5500, viewModel::runImport);
        after(10000, () -> snap(view, new File(out, "import-3-report.png")));
        after(11000, () -> {
            System.out.println("dialogs: " + dialogs.shown());
            services.close();
            Platform.exit();
        });
    }

    }

    private static void after(long millis, Runnable action) {
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

    private static void snap(ImportView view, File file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(view.stage().getScene().snapshot(null), null), "png", file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
