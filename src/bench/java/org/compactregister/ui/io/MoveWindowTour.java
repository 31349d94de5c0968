package org.compactregister.ui.io;

import static org.compactregister.ui.TourSteps.after;

import java.nio.file.Path;
import org.compactregister.model.RegisterQuery;
import org.compactregister.service.MovedRegisters;
import org.compactregister.service.RegisterMove;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.TourSteps;

/**
 * Not a test: opens the main window and the "Move the register" window, chooses a new file and
 * starts the move, for looking at under Xvfb (take pictures with {@code import -window root}):
 * {@code java -cp ... org.compactregister.ui.io.MoveWindowTour DB TARGET}.
 */
public final class MoveWindowTour {

    public static void main(String[] args) {
        TourSteps.launch(Path.of(args[0]), services -> {
            services.sampleData().fillEmptyRegister(3000);
            MovedRegisters.addScans(services, services.register().search(RegisterQuery.everything())
                    .signatories().subList(0, 50), 100, 2_000_000);
        }, (stage, services, executor) -> {
            RecordingDialogService dialogs = new RecordingDialogService().answerFile(Path.of(args[1]));
            MoveRegisterViewModel viewModel = new MoveRegisterViewModel(new RegisterMove(services), executor, dialogs);
            new MoveRegisterView(viewModel, stage).show();
            after(3000, viewModel::chooseFile);
            after(4000, viewModel::move);
            after(60000, () -> TourSteps.finish(services));
        });
    }
}
