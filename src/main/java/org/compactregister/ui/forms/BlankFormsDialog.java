package org.compactregister.ui.forms;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.scene.control.Dialog;
import org.compactregister.form.FormService;

/** Asks how many blank forms to make (1 to {@value FormService#MAX_BLANK_FORMS}). */
final class BlankFormsDialog extends Dialog<Integer> {

    BlankFormsDialog() {
        setHeaderText("How many blank forms? Each gets a reference of its own, so it is recognised when it comes back.");
        Spinner<Integer> count = new Spinner<>(1, FormService.MAX_BLANK_FORMS, 10);
        count.setId("blank-form-count");
        count.setEditable(true);
        getDialogPane().setContent(new VBox(8, new Label("Number of forms"), count));
        ButtonType make = new ButtonType("Make forms", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(make, ButtonType.CANCEL);
        setResultConverter(button -> button == make ? count.getValue() : null);
    }
}
