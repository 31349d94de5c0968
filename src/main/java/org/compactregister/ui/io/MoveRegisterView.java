package org.compactregister.ui.io;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.ui.MainWindow;

/** The "Move the register" window: where to, Move, the progress with Cancel, and the check's outcome. */
public final class MoveRegisterView {

    private final Stage stage = new Stage();

    public MoveRegisterView(MoveRegisterViewModel viewModel, Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Move the register");
        Label intro = new Label("Copies the whole register (signatories, scans, letters sent, letter templates, "
                + "settings and the audit trail) into a new, empty register on this computer or on a server, and checks that every count and every "
                + "scan agree. This register is only read: it stays as it is, and stays open.");
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        Label target = new Label();
        target.setId("move-target");
        target.setWrapText(true);
        target.setMaxWidth(380);
        target.textProperty().bind(Bindings.createStringBinding(() -> viewModel.targetProperty().get() == null
                ? "No file chosen" : viewModel.targetProperty().get().toString(), viewModel.targetProperty()));
        Button choose = new Button("Choose file…");
        choose.setId("move-choose");
        choose.setOnAction(event -> viewModel.chooseFile());
        ToggleGroup where = new ToggleGroup();
        RadioButton toFile = new RadioButton("A new register file on this computer");
        toFile.setId("move-to-file");
        toFile.setToggleGroup(where);
        toFile.setSelected(true);
        RadioButton toServer = new RadioButton("A shared register on a PostgreSQL server");
        toServer.setId("move-to-server");
        toServer.setToggleGroup(where);
        toServer.selectedProperty().bindBidirectional(viewModel.toServerProperty());
        TextField address = new TextField();
        address.setId("move-server-address");
        address.setPromptText("postgresql://server/database?user=NAME");
        address.textProperty().bindBidirectional(viewModel.serverAddressProperty());
        PasswordField password = new PasswordField();
        password.setId("move-server-password");
        password.setPromptText("empty: from PGPASSWORD or .pgpass");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        for (var node : new javafx.scene.Node[] {target, choose}) {
            node.disableProperty().bind(toServer.selectedProperty().or(viewModel.runningProperty()));
        }
        for (var node : new javafx.scene.Node[] {address, password}) {
            node.disableProperty().bind(toServer.selectedProperty().not().or(viewModel.runningProperty()));
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-form");
        grid.add(intro, 0, 0, 3, 1);
        grid.add(toFile, 0, 1, 3, 1);
        grid.add(new Label("New register file"), 0, 2);
        grid.add(target, 1, 2);
        grid.add(choose, 2, 2);
        grid.add(toServer, 0, 3, 3, 1);
        grid.add(new Label("Server address"), 0, 4);
        grid.add(address, 1, 4, 2, 1);
        grid.add(new Label("Password"), 0, 5);
        grid.add(password, 1, 5, 2, 1);
        Label hint = new Label("A file that does not exist yet, or a database on the server that holds no register "
                + "yet (see the README on setting up the server). A register that already holds signatories is "
                + "never moved into. The password is used for this move only and never stored.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        grid.add(hint, 0, 6, 3, 1);

        ProgressBar bar = new ProgressBar();
        bar.setId("move-progress");
        bar.setPrefWidth(560);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label message = new Label();
        message.setId("move-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(560);
        VBox progressRow = new VBox(6, bar, message);
        progressRow.visibleProperty().bind(viewModel.runningProperty()
                .or(viewModel.outcomeProperty().isNotEqualTo(MoveRegisterViewModel.Outcome.NONE)));
        grid.add(progressRow, 0, 7, 3, 1);
        Label result = new Label();
        result.setId("move-result");
        result.setWrapText(true);
        result.setMaxWidth(560);
        result.textProperty().bind(viewModel.resultProperty());
        viewModel.outcomeProperty().addListener((obs, old, now) -> {
            result.getStyleClass().removeAll("move-done", "field-error");
            if (now == MoveRegisterViewModel.Outcome.NOT_MOVED) {
                result.getStyleClass().add("field-error");
            } else if (now == MoveRegisterViewModel.Outcome.MOVED) {
                result.getStyleClass().add("move-done");
            }
        });
        grid.add(result, 0, 8, 3, 1);

        Button move = new Button("Move");
        move.setId("move-start");
        move.setDefaultButton(true);
        move.setOnAction(event -> viewModel.move());
        move.disableProperty().bind(viewModel.runningProperty());
        Button cancel = new Button("Close");
        cancel.setId("move-cancel");
        cancel.setCancelButton(true);
        cancel.textProperty().bind(Bindings.when(viewModel.runningProperty()).then("Cancel").otherwise("Close"));
        cancel.disableProperty().bind(viewModel.runningProperty().and(viewModel.cancellableProperty().not()));
        cancel.setOnAction(event -> {
            if (viewModel.runningProperty().get()) {
                viewModel.cancel();
            } else {
                stage.close();
            }
        });
        stage.setOnCloseRequest(event -> {
            if (viewModel.runningProperty().get() && !viewModel.cancellableProperty().get()) {
                event.consume(); // keeping the checked copy: the window stays to show the outcome
                return;
            }
            viewModel.cancel();
        });
        HBox buttons = new HBox(12, move, cancel);
        buttons.getStyleClass().add("button-bar");
        Scene scene = new Scene(new VBox(grid, buttons));
        scene.getStylesheets().add(MainWindow.class.getResource("register.css").toExternalForm());
        scene.getStylesheets().add(MoveRegisterView.class.getResource("io.css").toExternalForm());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }
}
