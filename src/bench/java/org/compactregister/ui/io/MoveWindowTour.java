package org.compactregister.ui.io;

import static org.compactregister.ui.TourSteps.after;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.compactregister.model.RegisterQuery;
import org.compactregister.service.MovedRegisters;
import org.compactregister.service.RegisterMove;
import org.compactregister.service.Services;
import org.compactregister.ui.FxTaskExecutor;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.RecordingDialogService;

/**
 * Not a test: opens the main window and the "Move the register" window, chooses a new file and
 * starts the move, for looking at under Xvfb (take pictures with {@code import -window root}):
 * {@code java -cp ... org.compactregister.ui.io.MoveWindowTour DB TARGET}.
 */
public final class MoveWindowTour {

    private static String[] arguments;

    public static void main(String[] args) {
        arguments = args;
        Application.launch(App.class);
    }

    /** The JavaFX application the tour runs in. */
    public static final class App extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Services services = Services.open(Path.of(arguments[0]), Clock.systemDefaultZone());
            if (services.register().count() == 0) {
                services.sampleData().fillEmptyRegister(3000);
                MovedRegisters.addScans(services, services.register().search(RegisterQuery.everything())
                        .signatories().subList(0, 50), 100, 2_000_000);
            }
            FxTaskExecutor executor = new FxTaskExecutor();
            new MainWindow(stage, services, executor).show();
            RecordingDialogService dialogs = new RecordingDialogService().answerFile(Path.of(arguments[1]));
            MoveRegisterViewModel viewModel = new MoveRegisterViewModel(new RegisterMove(services), executor, dialogs);
            new MoveRegisterView(viewModel, stage).show();
            after(3000, viewModel::chooseFile);
            after(4000, viewModel::move);
            after(60000, () -> {
                services.close();
                Platform.exit();
            });
        }
    }


}
