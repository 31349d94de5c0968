package org.compactregister.ui.scan;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.compactregister.model.Signatory;

/** Finds the signatory a scan belongs to: type the start of a word, pick with the arrow keys, Enter. */
final class SignatoryChooser extends Dialog<Signatory> {

    SignatoryChooser(SignatoryChooserViewModel viewModel) {
        setHeaderText("Which signatory is \"" + viewModel.fileName() + "\" for?");
        TextField search = new TextField();
        search.setId("chooser-search");
        search.setPromptText("Organisation, name, postcode, email or phone");
        ListView<Signatory> list = new ListView<>(viewModel.candidates());
        list.setId("chooser-list");
        list.setPrefSize(700, 320);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Signatory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.organisation() + " — " + item.signatoryName() + ", "
                        + item.form().address().postcode() + " (" + item.reference() + ")");
            }
        });
        list.setPlaceholder(new Label("Type the start of a word to find the signatory."));
        search.textProperty().addListener((obs, old, now) -> viewModel.search(now));
        viewModel.candidates().addListener((ListChangeListener<Signatory>) change -> {
            if (!list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectNext();
                event.consume();
            }
        });
        ButtonType attach = new ButtonType("Attach scan", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(attach, ButtonType.CANCEL);
        getDialogPane().lookupButton(attach).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        getDialogPane().setContent(new VBox(8, search, list));
        setResultConverter(button -> button == attach ? list.getSelectionModel().getSelectedItem() : null);
        setOnShown(event -> Platform.runLater(search::requestFocus));
    }
}
