package org.compactregister.ui.scan;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.compactregister.model.Signatory;

/** Finds the signatory a scan belongs to: type the start of a word, pick with the arrow keys, Enter. */
final class SignatoryChooser {

    private SignatoryChooser() {
    }

    static Optional<Signatory> choose(Window owner, String fileName, InboxViewModel viewModel) {
        Dialog<Signatory> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Attach to an existing signatory");
        dialog.setHeaderText("Which signatory is \"" + fileName + "\" for?");
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
        search.textProperty().addListener((obs, old, now) -> viewModel.searchCandidates(now));
        viewModel.candidates().addListener((javafx.collections.ListChangeListener<Signatory>) change -> {
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
        ButtonType attach = new ButtonType("Attach scan", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(attach, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(attach).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().setContent(new VBox(8, search, list));
        dialog.setResultConverter(button -> button == attach ? list.getSelectionModel().getSelectedItem() : null);
        viewModel.candidates().clear();
        Platform.runLater(search::requestFocus);
        return dialog.showAndWait();
    }
}
