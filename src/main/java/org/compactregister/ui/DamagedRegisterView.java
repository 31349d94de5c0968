package org.compactregister.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Builds the damaged-register screen and binds it to its {@link DamagedRegisterViewModel}. */
public final class DamagedRegisterView {

    private DamagedRegisterView() {
    }

    /** The screen's content; {@code close} ends the app without opening anything. */
    public static Parent build(DamagedRegisterViewModel viewModel, String problem, Runnable close) {
        Label title = new Label("The register file is damaged");
        title.getStyleClass().add("title-3");
        Label what = new Label(problem);
        what.setId("damaged-message");
        what.setWrapText(true);
        Label advice = new Label("Nothing has been changed yet. Whichever you choose, the damaged file is kept beside "
                + "the register, renamed, so nothing more is lost.");
        advice.setWrapText(true);
        Label backup = new Label();
        backup.setId("damaged-backup");
        backup.setWrapText(true);
        backup.textProperty().bind(viewModel.backupTextProperty());

        Button recover = new Button("Recover what can be read");
        recover.setId("damaged-recover");
        recover.setDefaultButton(true);
        recover.setOnAction(event -> viewModel.recover());
        Button restoreLatest = new Button("Restore the latest backup");
        restoreLatest.setId("damaged-restore-latest");
        restoreLatest.setOnAction(event -> viewModel.restoreLatest());
        restoreLatest.disableProperty().bind(viewModel.latestBackupProperty().isNull()
                .or(viewModel.busyProperty()));
        Button restoreChosen = new Button("Restore another backup…");
        restoreChosen.setId("damaged-restore-chosen");
        restoreChosen.setOnAction(event -> viewModel.restoreChosen());
        Button quit = new Button("Close");
        quit.setCancelButton(true);
        quit.setOnAction(event -> close.run());
        recover.disableProperty().bind(viewModel.busyProperty());
        restoreChosen.disableProperty().bind(viewModel.busyProperty());
        quit.disableProperty().bind(viewModel.busyProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(viewModel.busyProperty());
        Label working = new Label();
        working.textProperty().bind(viewModel.workingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox status = new HBox(8, spinner, working);
        HBox buttons = new HBox(8, recover, restoreLatest, restoreChosen, gap, quit);

        for (Label wrapped : new Label[] {what, advice, backup}) {
            wrapped.setMinHeight(Region.USE_PREF_SIZE);
            wrapped.setMaxWidth(Double.MAX_VALUE);
        }
        VBox screen = new VBox(14, title, what, advice, backup, status, buttons);
        screen.setPadding(new Insets(24));
        screen.setFillWidth(true);
        screen.setPrefWidth(760);
        screen.setMaxWidth(760);
        return screen;
    }
}
