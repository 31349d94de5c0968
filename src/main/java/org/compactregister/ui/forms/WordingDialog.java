package org.compactregister.ui.forms;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.compactregister.form.FormWording;

/** The office's Compact text and return address, to edit. The register checks that they fit the form when saved. */
final class WordingDialog extends Dialog<FormWording> {

    WordingDialog(FormWording current) {
        setHeaderText("The words printed on every commitment form");
        TextArea text = new TextArea(current.compactText());
        text.setId("form-compact-text");
        text.setWrapText(true);
        text.setPrefRowCount(12);
        TextArea address = new TextArea(current.returnAddress());
        address.setId("form-return-address");
        address.setPrefRowCount(5);
        Label note = new Label("The Compact text must fit above the boxes on one page; the return address has room for 5 lines.");
        note.setWrapText(true);
        VBox content = new VBox(8, new Label("Compact text"), text, new Label("Return address"), address, note);
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        setResultConverter(button -> button == save ? new FormWording(text.getText(), address.getText()) : null);
    }
}
