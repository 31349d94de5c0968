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

    static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText("dd/mm/yyyy");
        picker.setPrefWidth(150);
        picker.setConverter(new UkDateConverter());
        return picker;
    }
}
