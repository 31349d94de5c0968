package org.compactregister.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Real dialogs, owned by the window that asks, with wrapped text (never a stack trace). */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(confirm, cancel);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public <R> Optional<R> showCustomDialog(String title, CustomDialog<R> dialog) {
        Dialog<R> shown = dialog.build();
        shown.initOwner(owner);
        shown.setTitle(title);
        return shown.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.setId("dialog-message");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setMinWidth(500);
        return alert;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String kindDescription,
                                           String... patterns) {
        FileChooser chooser = chooser(title, kindDescription, patterns);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String kindDescription, String... patterns) {
        return Optional.ofNullable(chooser(title, kindDescription, patterns).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String kindDescription, String... patterns) {
        List<File> files = chooser(title, kindDescription, patterns).showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, String kindDescription, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (patterns.length > 0) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kindDescription, patterns));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
