package org.compactregister.ui;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** The main window's last view while the register closes: what is happening, and Skip the backup. */
final class ClosingRegisterView {

    private ClosingRegisterView() {
    }

    static Parent build(BackgroundTask<?> task, ClosingRegisterViewModel model) {
        ProgressIndicator spinner = new ProgressIndicator();
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(task.messageProperty());
        Button skip = new Button("Skip the backup");
        skip.setOnAction(event -> {
            model.skipBackup();
            skip.setDisable(true);
        });
        skip.disableProperty().bind(task.messageProperty().map(text -> !text.startsWith("Making the automatic backup")));
        VBox box = new VBox(16, spinner, message, skip);
        box.setStyle("-fx-padding: 32; -fx-alignment: center;");
        return box;
    }
}
