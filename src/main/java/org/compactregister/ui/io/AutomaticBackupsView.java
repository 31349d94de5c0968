package org.compactregister.ui.io;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.ui.MainWindow;

/** The "Automatic backups" window: on or off, the folder, how many to keep. */
public final class AutomaticBackupsView {

    private final Stage stage = new Stage();

    public AutomaticBackupsView(AutomaticBackupsViewModel viewModel, Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Automatic backups");
        CheckBox enabled = new CheckBox("Back the register up when Compact Register closes");
        enabled.setId("auto-backup-enabled");
        enabled.selectedProperty().bindBidirectional(viewModel.enabledProperty());
        Label folder = new Label();
        folder.setId("auto-backup-folder");
        folder.setWrapText(true);
        folder.setMaxWidth(360);
        folder.textProperty().bind(Bindings.createStringBinding(() -> viewModel.folderProperty().get() == null
                ? "No folder chosen" : viewModel.folderProperty().get().toString(), viewModel.folderProperty()));
        Button choose = new Button("Choose folder…");
        choose.setId("auto-backup-choose");
        choose.setOnAction(event -> viewModel.chooseFolder());
        Spinner<Integer> keep = new Spinner<>(1, AutomaticBackups.MAX_KEEP, viewModel.keepProperty().get());
        keep.setId("auto-backup-keep");
        keep.setEditable(true);
        keep.setPrefWidth(90);
        keep.getValueFactory().valueProperty().addListener((obs, old, now) -> viewModel.keepProperty().set(now));
        viewModel.keepProperty().addListener((obs, old, now) -> keep.getValueFactory().setValue(now.intValue()));
        for (var node : new Node[] {folder, choose, keep}) {
            node.disableProperty().bind(viewModel.enabledProperty().not());
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-form");
        grid.add(enabled, 0, 0, 3, 1);
        grid.add(new Label("Folder"), 0, 1);
        grid.add(folder, 1, 1);
        grid.add(choose, 2, 1);
        grid.add(new Label("Keep the last"), 0, 2);
        HBox keepRow = new HBox(8, keep, new Label("backups (older ones are deleted)"));
        keepRow.getStyleClass().add("inline-row");
        grid.add(keepRow, 1, 2, 2, 1);
        Label hint = new Label("Unless you choose another, backups go to the folder \"backups\" beside the register. "
                + "A folder on another disk or a network drive is safer: a backup there survives if this computer "
                + "fails. Each backup holds every signatory, scan and setting.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        grid.add(hint, 0, 3, 3, 1);
        Button save = new Button("Save");
        save.setId("auto-backup-save");
        save.setDefaultButton(true);
        save.setOnAction(event -> viewModel.save(stage::close));
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        HBox buttons = new HBox(12, save, cancel);
        buttons.getStyleClass().add("button-bar");
        Scene scene = new Scene(new VBox(grid, buttons));
        scene.getStylesheets().add(MainWindow.class.getResource("register.css").toExternalForm());
        scene.getStylesheets().add(AutomaticBackupsView.class.getResource("io.css").toExternalForm());
        stage.setScene(scene);
        viewModel.load();
    }

    public void show() {
        stage.show();
    }
}
