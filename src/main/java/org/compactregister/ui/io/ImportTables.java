package org.compactregister.ui.io;

import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.compactregister.io.RowCheck;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.UkDate;

/** The tables of the import screen: the preview of the first rows, and the columns and cells both tables use. */
final class ImportTables {

    private ImportTables() {
    }

    /** The preview of the first rows: line, what will happen to it, and the form each row makes. */
    static TableView<RowCheck> preview(ObservableList<RowCheck> rows) {
        TableView<RowCheck> table = new TableView<>(rows);
        table.setId("import-preview");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<RowCheck, String> line = column("Line", 56, row -> Long.toString(row.line()));
        TableColumn<RowCheck, String> result = column("Result", 330,
                row -> row.refusal().orElse("Will be imported"));
        result.setCellFactory(col -> new WrappingCell<>(col) {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                RowCheck row = empty || getTableRow() == null ? null : getTableRow().getItem();
                text().getStyleClass().removeAll("row-refused", "row-accepted");
                if (row != null) {
                    text().getStyleClass().add(row.isAccepted() ? "row-accepted" : "row-refused");
                }
            }
        });
        table.getColumns().add(line);
        table.getColumns().add(result);
        table.getColumns().add(formColumn("Name", 130, CommitmentForm::signatoryName));
        table.getColumns().add(formColumn("Date signed", 95, f -> UkDate.formatShort(f.dateSigned())));
        table.getColumns().add(formColumn("Organisation", 220, CommitmentForm::organisation));
        table.getColumns().add(formColumn("Address", 140, f -> String.join(", ",
                Stream.of(f.address().line1(), f.address().line2(), f.address().line3())
                        .filter(s -> !s.isEmpty()).toList())));
        table.getColumns().add(formColumn("Town", 90, f -> f.address().town()));
        table.getColumns().add(formColumn("Postcode", 85, f -> f.address().postcode()));
        table.getColumns().add(formColumn("Tel", 110, CommitmentForm::telephone));
        table.getColumns().add(formColumn("Email", 160, CommitmentForm::email));
        table.getColumns().add(formColumn("Sector", 240, f -> f.sector() == null ? "" : f.sector().label()));
        Label placeholder = new Label("The file has no rows under its header.");
        table.setPlaceholder(placeholder);
        return table;
    }

    private static TableColumn<RowCheck, String> formColumn(String title, double width,
                                                           Function<CommitmentForm, String> value) {
        return column(title, width, row -> row.form() == null ? "" : value.apply(row.form()));
    }

    /** A column of text, {@code width} pixels wide, not sortable. */
    static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** A cell whose text wraps to the column's width, so a whole reason can be read. */
    static class WrappingCell<S> extends TableCell<S, String> {
        private final Text text = new Text();

        WrappingCell(TableColumn<S, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
            text.getStyleClass().add("wrapping-cell-text");
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        Text text() {
            return text;
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.setText(empty || value == null ? "" : value);
            setGraphic(empty ? null : text);
            setText(null);
        }
    }
}
