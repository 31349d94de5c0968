package org.compactregister.ui.privacy;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.compactregister.ui.UkDateConverter;

/** The tables and date fields the privacy windows share. */
final class PrivacyTables {

    static final String STYLE_SHEET = PrivacyTables.class.getResource("privacy.css").toExternalForm();

    private PrivacyTables() {
    }

    /** A table of audit rows; {@code withReference} adds the Reference column (not needed on one signatory's history). */
    static TableView<AuditRow> audit(ObservableList<AuditRow> rows, boolean withReference, boolean withSummary) {
        TableView<AuditRow> table = new TableView<>(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No recorded changes."));
        table.getColumns().add(column("When", 120, AuditRow::when));
        table.getColumns().add(column("Staff member", 100, AuditRow::staff));
        table.getColumns().add(column("What", 130, AuditRow::what));
        if (withReference) {
            table.getColumns().add(column("Reference", 90, AuditRow::reference));
        }
        if (withSummary) {
            table.getColumns().add(column("Summary", 260, AuditRow::summary));
        }
        table.getColumns().add(column("Field", 110, AuditRow::field));
        table.getColumns().add(column("Old value", 140, AuditRow::oldValue));
        table.getColumns().add(column("New value", 140, AuditRow::newValue));
        return table;
    }

    static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** The row of buttons at the foot of a privacy window, right-aligned, ending with Close. */
    static javafx.scene.layout.HBox buttons(javafx.stage.Stage stage, javafx.scene.control.Button... buttons) {
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Button close = new javafx.scene.control.Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(spacer);
        row.getChildren().addAll(buttons);
        row.getChildren().add(close);
        row.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        row.getStyleClass().add("privacy-buttons");
        return row;
    }

    static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText("dd/mm/yyyy");
        picker.setPrefWidth(150);
        picker.setConverter(new UkDateConverter());
        return picker;
    }
}
