package org.compactregister.ui.register;

import java.time.LocalDate;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.compactregister.model.Signatory;
import org.compactregister.model.Withdrawal;
import org.compactregister.ui.UkDateConverter;

/** Asks for the date and reason of a withdrawal (shown by a DialogService). The register checks them when they are saved. */
final class WithdrawalDialog extends Dialog<Withdrawal> {

    WithdrawalDialog(Signatory signatory, LocalDate today) {
        setHeaderText("Record that \"" + signatory.organisation() + "\" has withdrawn from the Compact");
        DatePicker date = new DatePicker(today);
        date.setId("withdrawal-date");
        date.setConverter(new UkDateConverter());
        TextArea reason = new TextArea();
        reason.setId("withdrawal-reason");
        reason.setPromptText("The reason, as the organisation gave it");
        reason.setPrefRowCount(4);
        reason.setWrapText(true);
        Label note = new Label("The signatory stays in the register, marked as withdrawn, with this date and reason.");
        note.setWrapText(true);
        VBox content = new VBox(8, new Label("Date withdrawn"), date, new Label("Reason"), reason, note);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        ButtonType record = new ButtonType("Record withdrawal", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(record, ButtonType.CANCEL);
        setResultConverter(button -> button == record ? new Withdrawal(date.getValue(), reason.getText()) : null);
    }
}
