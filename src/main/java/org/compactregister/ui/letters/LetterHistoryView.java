package org.compactregister.ui.letters;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.model.SentLetter;
import org.compactregister.model.UkDate;

/** A signatory's letter history, with Reprint. */
public final class LetterHistoryView {

    private final Stage stage = new Stage();

    public LetterHistoryView(Window owner, LetterHistoryViewModel model, Consumer<SentLetter> reprint) {
        stage.initOwner(owner);
        stage.setTitle("Letters sent to " + model.signatory().organisation());
        Label summary = new Label();
        summary.setId("history-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("letters-top");

        TableView<SentLetter> table = new TableView<>(model.sent());
        table.setId("history-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No letters recorded yet."));
        TableColumn<SentLetter, String> date = new TableColumn<>("Date of letter");
        date.setCellValueFactory(c -> new SimpleStringProperty(UkDate.formatLong(c.getValue().letterDate())));
        TableColumn<SentLetter, String> version = new TableColumn<>("Template");
        version.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().templateVersion())));
        TableColumn<SentLetter, String> to = new TableColumn<>("Sent to");
        to.setCellValueFactory(c -> new SimpleStringProperty(String.join(", ", c.getValue().recipient().addressBlock())));
        table.getColumns().add(date);
        table.getColumns().add(version);
        table.getColumns().add(to);
        date.setMaxWidth(160);
        version.setMaxWidth(100);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.selectedProperty().get() != null) {
                reprint.accept(model.selectedProperty().get());
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reprintButton = new Button("Reprint…");
        reprintButton.setId("history-reprint");
        reprintButton.setDefaultButton(true);
        reprintButton.disableProperty().bind(model.selectedProperty().isNull());
        reprintButton.setOnAction(e -> reprint.accept(model.selectedProperty().get()));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, spacer, reprintButton, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("letters-buttons");

        Scene scene = new Scene(new BorderPane(table, summary, null, buttons, null), 820, 420);
        scene.getStylesheets().add(LetterHistoryView.class.getResource("letters.css").toExternalForm());
        stage.setScene(scene);
        model.load();
    }

    public void show() {
        stage.show();
    }
}
