package org.compactregister.ui.privacy;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.compactregister.model.RegisterPassword;
import org.compactregister.service.RegisterPasswords;

/**
 * File > Register password…: set a password on a register without one, or change or remove the
 * one it has. Says plainly that a forgotten password means the data is gone. The register's
 * rules (length, the two typings the same, the current password right) are checked on applying.
 */
final class RegisterPasswordDialog extends Dialog<RegisterPasswordViewModel.Request> {

    RegisterPasswordDialog(boolean hasPassword) {
        setHeaderText(hasPassword ? "Change or remove the register password"
                : "Set a register password");
        Label about = new Label(hasPassword
                ? "The register file and its backups are encrypted with this password."
                : "With a password, the register file and its backups are encrypted: someone who takes the "
                        + "computer or a backup cannot read them. The register then asks for the password each time "
                        + "it opens.");
        about.setWrapText(true);
        Label warning = new Label(RegisterPasswords.FORGOTTEN_MEANS_GONE);
        warning.setId("password-warning");
        warning.setWrapText(true);
        warning.setStyle("-fx-font-weight: bold;");
        PasswordField current = field("password-current", "Current password");
        PasswordField next = field("password-new", "New password (at least " + RegisterPassword.SHORTEST
                + " characters)");
        PasswordField again = field("password-again", "The new password again");
        VBox content = new VBox(10, about, warning);
        RadioButton change = new RadioButton("Change the password");
        RadioButton remove = new RadioButton("Remove the password (the file is decrypted)");
        if (hasPassword) {
            ToggleGroup what = new ToggleGroup();
            change.setToggleGroup(what);
            remove.setToggleGroup(what);
            change.setSelected(true);
            change.setId("password-change");
            remove.setId("password-remove");
            next.disableProperty().bind(remove.selectedProperty());
            again.disableProperty().bind(remove.selectedProperty());
            content.getChildren().addAll(change, remove, current);
        }
        content.getChildren().addAll(next, again);
        content.setPrefWidth(500);
        getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(hasPassword ? "Apply" : "Set the password", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        setOnShown(event -> (hasPassword ? current : next).requestFocus());
        setResultConverter(button -> {
            RegisterPasswordViewModel.Request request = null;
            if (button == apply) {
                RegisterPasswordViewModel.Kind kind = !hasPassword ? RegisterPasswordViewModel.Kind.SET
                        : remove.isSelected() ? RegisterPasswordViewModel.Kind.REMOVE
                        : RegisterPasswordViewModel.Kind.CHANGE;
                request = new RegisterPasswordViewModel.Request(kind, typed(current), typed(next), typed(again));
            }
            current.clear();
            next.clear();
            again.clear();
            return request;
        });
    }

    private static PasswordField field(String id, String prompt) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static RegisterPassword typed(PasswordField field) {
        return RegisterPassword.of(field.getText().toCharArray());
    }
}
