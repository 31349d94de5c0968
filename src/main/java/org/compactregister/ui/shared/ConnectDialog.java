package org.compactregister.ui.shared;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.compactregister.ui.CustomDialog;

/** The dialog of File > Connect to a shared register…: server, port, database, login and password. */
public final class ConnectDialog {

    private ConnectDialog() {
    }

    /** The dialog, filled with {@code suggested}; its answer is what was typed, or none when cancelled. */
    public static CustomDialog<ServerDetails> of(ServerDetails suggested) {
        return () -> {
            TextField host = field("connect-host", suggested.host(), "office-pc or 192.168.1.20");
            TextField port = field("connect-port", suggested.port(), "5432");
            port.setPrefColumnCount(6);
            TextField database = field("connect-database", suggested.database(), "compact");
            TextField user = field("connect-user", suggested.user(), "your login on the server");
            PasswordField password = new PasswordField();
            password.setId("connect-password");
            password.setPromptText("empty: from PGPASSWORD or the .pgpass file");

            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(8);
            grid.addRow(0, new Label("Server"), host);
            grid.addRow(1, new Label("Port"), port);
            grid.addRow(2, new Label("Database"), database);
            grid.addRow(3, new Label("Login"), user);
            grid.addRow(4, new Label("Password"), password);
            Label note = new Label("The register on the server is shared by every PC that connects to it. The "
                    + "password is used for this connection only and is never stored.");
            note.setWrapText(true);
            note.setMaxWidth(440);

            Dialog<ServerDetails> dialog = new Dialog<>();
            dialog.setHeaderText("Open the register kept on the office's PostgreSQL server");
            ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
            dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
            dialog.getDialogPane().setContent(new VBox(12, grid, note));
            dialog.getDialogPane().lookupButton(connect).disableProperty()
                    .bind(host.textProperty().isEmpty().or(database.textProperty().isEmpty()));
            dialog.setResultConverter(button -> {
                if (button != connect) {
                    password.clear();
                    return null;
                }
                char[] typed = password.getText().toCharArray();
                password.clear();
                return new ServerDetails(host.getText(), port.getText(), database.getText(), user.getText(), typed);
            });
            Platform.runLater(() -> (host.getText().isEmpty() ? host : password).requestFocus());
            return dialog;
        };
    }

    private static TextField field(String id, String text, String prompt) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(24);
        return field;
    }
}
