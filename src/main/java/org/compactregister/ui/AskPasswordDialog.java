package org.compactregister.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.compactregister.model.RegisterPassword;

/** Asks for one password (a backup's), shown by a DialogService; the answer is never echoed. */
public final class AskPasswordDialog extends Dialog<RegisterPassword> {

    public AskPasswordDialog(String header, String explanation) {
        setHeaderText(header);
        Label text = new Label(explanation);
        text.setWrapText(true);
        PasswordField field = new PasswordField();
        field.setId("ask-password");
        field.setPromptText("Password");
        VBox content = new VBox(10, text, field);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        ButtonType ok = new ButtonType("Use this password", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        setOnShown(event -> field.requestFocus());
        setResultConverter(button -> {
            RegisterPassword typed = button == ok ? RegisterPassword.of(field.getText().toCharArray()) : null;
            field.clear();
            return typed;
        });
    }
}
