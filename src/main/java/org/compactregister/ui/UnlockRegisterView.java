package org.compactregister.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Builds the register-password screen and binds it to its {@link UnlockRegisterViewModel}. */
public final class UnlockRegisterView {

    private UnlockRegisterView() {
    }

    /** The screen's content; {@code close} ends the app without opening the register. */
    public static Parent build(UnlockRegisterViewModel viewModel, Runnable close) {
        Label title = new Label("This register has a password");
        title.getStyleClass().add("title-3");
        Label message = new Label();
        message.setId("unlock-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.messageProperty());
        PasswordField password = new PasswordField();
        password.setId("unlock-password");
        password.setPromptText("Register password");
        Button open = new Button("Open the register");
        open.setId("unlock-open");
        open.setDefaultButton(true);
        open.setOnAction(event -> {
            viewModel.open(password.getText().toCharArray());
            password.clear();
        });
        Button quit = new Button("Close");
        quit.setId("unlock-close");
        quit.setCancelButton(true);
        quit.setOnAction(event -> close.run());
        password.disableProperty().bind(viewModel.busyProperty().or(viewModel.gaveUpProperty()));
        open.disableProperty().bind(viewModel.busyProperty().or(viewModel.gaveUpProperty()));
        viewModel.gaveUpProperty().addListener((property, was, now) -> {
            if (now) {
                quit.setDefaultButton(true);
                quit.requestFocus();
            }
        });
        viewModel.busyProperty().addListener((property, was, now) -> {
            if (!now) {
                password.requestFocus();
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(viewModel.busyProperty());
        Label forgotten = new Label("Nobody can open the register without its password, not even the makers of "
                + "Compact Register. If it is forgotten, restore a backup taken before the password was set, or ask "
                + "whoever set it.");
        forgotten.setWrapText(true);
        forgotten.setMinHeight(Region.USE_PREF_SIZE);
        forgotten.getStyleClass().add("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, spinner, gap, open, quit);
        VBox screen = new VBox(14, title, message, password, buttons, forgotten);
        screen.setPadding(new Insets(24));
        screen.setPrefWidth(560);
        password.requestFocus();
        return screen;
    }
}
