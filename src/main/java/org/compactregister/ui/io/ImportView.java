package org.compactregister.ui.io;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.compactregister.io.ColumnMapping;
import org.compactregister.io.DateColumn;
import org.compactregister.io.DateOrder;
import org.compactregister.io.RefusedRow;
import org.compactregister.io.RowCheck;
import org.compactregister.model.FormField;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.io.ImportViewModel.Step;
import org.compactregister.ui.ScreenFit;

/**
 * The import window: choose a CSV file, see the columns the register guessed for each of its
 * fields (a list per field to change them), the first rows as they would be read and judged, the
 * all-or-nothing choice, the import with a progress bar and Cancel, then the report of refused rows.
 */
public final class ImportView {

    private static final String NOT_IN_FILE = "(not in the file)";

    private final ImportViewModel viewModel;
    private final Stage stage = new Stage();
    private final Map<FormField, ComboBox<Integer>> columnChoices = new EnumMap<>(FormField.class);
    private final Map<FormField, ComboBox<DateOrder>> dateChoices = new EnumMap<>(FormField.class);

    public ImportView(ImportViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.setTitle("Import signatories from CSV");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("import-window");
        root.setTop(fileRow());
        root.setCenter(centre());
        root.setBottom(buttons());
        Scene scene = ScreenFit.scene(root, 1180, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("register.css").toExternalForm());
        scene.getStylesheets().add(ImportView.class.getResource("io.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (!viewModel.cancellableProperty().get()) {
                event.consume(); // saving: the window stays to show what was imported
                return;
            }
            viewModel.cancel();
        });
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private Node fileRow() {
        Label file = new Label();
        file.setId("import-file");
        file.getStyleClass().add("import-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> viewModel.fileProperty().get() == null
                ? "Choose the CSV file saved from your spreadsheet (in Excel: File > Save As > CSV UTF-8)."
                : viewModel.fileProperty().get().toString(), viewModel.fileProperty()));
        file.setWrapText(true);
        Label layout = new Label();
        layout.getStyleClass().add("hint");
        layout.textProperty().bind(viewModel.layoutProperty());
        VBox text = new VBox(2, file, layout);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button choose = new Button("Choose file…");
        choose.setId("import-choose-file");
        choose.setOnAction(event -> viewModel.chooseFile());
        choose.disableProperty().bind(viewModel.stepProperty().isEqualTo(Step.IMPORTING));
        HBox row = new HBox(12, text, choose);
        row.getStyleClass().add("toolbar");
        return row;
    }

    private Node centre() {
        Node preview = previewPane();
        Node report = reportPane();
        showOnlyIn(preview, Step.PREVIEW, Step.IMPORTING);
        showOnlyIn(report, Step.REPORT);
        Label empty = new Label("No file chosen yet.");
        empty.getStyleClass().add("empty-register");
        showOnlyIn(empty, Step.CHOOSE_FILE);
        VBox centre = new VBox(empty, preview, report);
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox.setVgrow(report, Priority.ALWAYS);
        centre.getStyleClass().add("import-centre");
        // fills the window while it fits; scrolls, never covering the buttons, when the notes are long
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void showOnlyIn(Node node, Step... steps) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> Arrays.asList(steps).contains(viewModel.stepProperty().get()),
                viewModel.stepProperty()));
        node.managedProperty().bind(node.visibleProperty());
    }

    private Node previewPane() {
        Label columnsHeading = new Label("Which column holds each field");
        columnsHeading.getStyleClass().add("form-section");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("column-mapping");
        FormField[] fields = FormField.values();
        int perColumn = (fields.length + 2) / 3;
        for (int i = 0; i < fields.length; i++) {
            FormField field = fields[i];
            Label label = new Label(field.label() + (field.isRequired() ? " *" : ""));
            label.getStyleClass().add("form-label");
            ComboBox<Integer> choice = columnChoice(field);
            grid.add(label, (i / perColumn) * 2, i % perColumn);
            grid.add(choice, (i / perColumn) * 2 + 1, i % perColumn);
        }
        viewModel.mappingProperty().addListener((obs, old, mapping) -> showMapping(mapping));
        viewModel.header().addListener((ListChangeListener<String>) change -> refillChoices());
        Label required = new Label("* needed for every row.");
        required.getStyleClass().add("hint");
        Label problem = new Label();
        problem.setId("import-mapping-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.mappingProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        Label unmapped = new Label();
        unmapped.setId("import-unmapped");
        unmapped.getStyleClass().add("field-error");
        unmapped.setWrapText(true);
        unmapped.textProperty().bind(viewModel.unmappedNoteProperty());
        unmapped.managedProperty().bind(unmapped.textProperty().isNotEmpty());
        CheckBox statusesLeftBehind = new CheckBox(ImportViewModel.STATUSES_LEFT_BEHIND);
        statusesLeftBehind.setId("import-statuses-left-behind");
        statusesLeftBehind.selectedProperty().bindBidirectional(viewModel.statusesLeftBehindProperty());
        statusesLeftBehind.visibleProperty().bind(Bindings.createBooleanBinding(viewModel::holdsStatuses,
                viewModel.unmappedColumns()));
        statusesLeftBehind.managedProperty().bind(statusesLeftBehind.visibleProperty());
        Label joined = new Label();
        joined.setId("import-name-joined");
        joined.getStyleClass().add("hint");
        joined.textProperty().bind(viewModel.nameJoinedFromProperty());
        joined.managedProperty().bind(joined.textProperty().isNotEmpty());
        VBox dates = new VBox(4);
        dates.setId("import-date-questions");
        viewModel.dateQuestions().addListener((ListChangeListener<DateColumn>) change -> showDateQuestions(dates));
        viewModel.mappingProperty().addListener((obs, old, mapping) -> showDateChoices(mapping));
        dates.managedProperty().bind(Bindings.isNotEmpty(viewModel.dateQuestions()));
        Label notes = new Label();
        notes.setId("import-preview-notes");
        notes.getStyleClass().add("hint");
        notes.setWrapText(true);
        notes.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", viewModel.previewNotes()),
                viewModel.previewNotes()));
        notes.managedProperty().bind(notes.textProperty().isNotEmpty());

        Label rowsHeading = new Label("The first rows");
        rowsHeading.getStyleClass().add("form-section");
        Label summary = new Label();
        summary.setId("import-preview-summary");
        summary.textProperty().bind(viewModel.previewSummaryProperty());
        TableView<RowCheck> table = ImportTables.preview(viewModel.previewRows());
        table.setMinHeight(180); // a few rows of the preview always show
        // the table gives way, never the words above it: a wrapping label keeps the lines it needs
        for (Label wrapping : java.util.List.of(unmapped, notes, problem)) {
            wrapping.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox pane = new VBox(6, columnsHeading, grid, required, joined, unmapped, statusesLeftBehind, dates, notes,
                problem, rowsHeading, summary, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.getStyleClass().add("import-pane");
        return pane;
    }

    private ComboBox<Integer> columnChoice(FormField field) {
        ComboBox<Integer> choice = new ComboBox<>();
        choice.setId("column-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        choice.setPrefWidth(230);
        choice.setPromptText(NOT_IN_FILE);
        choice.setCellFactory(list -> new ColumnCell());
        choice.setButtonCell(new ColumnCell() {
            @Override
            protected void updateItem(Integer column, boolean empty) {
                super.updateItem(column, empty);
                if (empty || column == null) {
                    setText(NOT_IN_FILE);
                }
            }
        });
        choice.valueProperty().addListener((obs, old, column) -> viewModel.setColumn(field, column));
        choice.disableProperty().bind(viewModel.stepProperty().isEqualTo(Step.IMPORTING));
        columnChoices.put(field, choice);
        return choice;
    }

    private void refillChoices() {
        for (ComboBox<Integer> choice : columnChoices.values()) {
            Integer keep = choice.getValue();
            choice.getItems().clear();
            choice.getItems().add(null);
            for (int i = 0; i < viewModel.header().size(); i++) {
                choice.getItems().add(i);
            }
            choice.setValue(keep);
        }
        showMapping(viewModel.mappingProperty().get());
    }

    private void showMapping(ColumnMapping mapping) {
        columnChoices.forEach((field, choice) -> {
            Integer column = mapping.column(field).orElse(null);
            if (!Objects.equals(choice.getValue(), column)) {
                choice.setValue(column);
            }
        });
    }

    /** One question per doubtful date column, with a choice of day first or month first. */
    private void showDateQuestions(VBox box) {
        box.getChildren().clear();
        dateChoices.clear();
        for (DateColumn column : viewModel.dateQuestions()) {
            Label question = new Label(column.question() + " Which is it?");
            question.setWrapText(true);
            question.getStyleClass().add("field-error");
            ComboBox<DateOrder> choice = new ComboBox<>();
            choice.setId("import-dates-" + column.field().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            choice.getItems().setAll(DateOrder.values());
            choice.setPromptText("Choose…");
            dateChoices.put(column.field(), choice);
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(DateOrder order) {
                    return order == null ? "Choose…" : "The " + order.words().replace(" first", "") + " comes first";
                }

                @Override
                public DateOrder fromString(String text) {
                    return null;
                }
            });
            choice.valueProperty().addListener((obs, old, order) -> viewModel.confirmDates(column.field(), order));
            choice.disableProperty().bind(viewModel.stepProperty().isEqualTo(Step.IMPORTING));
            question.setMaxWidth(Double.MAX_VALUE);
            question.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(question, Priority.ALWAYS);
            choice.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(new HBox(8, question, choice));
        }
        showDateChoices(viewModel.mappingProperty().get());
    }

    private void showDateChoices(ColumnMapping mapping) {
        dateChoices.forEach((field, choice) -> {
            DateOrder order = mapping.dateOrder(field).orElse(null);
            if (!Objects.equals(choice.getValue(), order)) {
                choice.setValue(order);
            }
        });
    }

    /** Shows a column as its letter in the spreadsheet and its header: "C: On behalf of Organisation". */
    private class ColumnCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer column, boolean empty) {
            super.updateItem(column, empty);
            if (empty) {
                setText(null);
            } else if (column == null || column >= viewModel.header().size()) {
                setText(NOT_IN_FILE);
            } else {
                setText(letter(column) + ": " + viewModel.header().get(column));
            }
        }
    }

    static String letter(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private Node reportPane() {
        Label heading = new Label("Import finished");
        heading.getStyleClass().add("form-section");
        Label summary = new Label();
        summary.setId("import-report-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.reportSummaryProperty());
        TableView<RefusedRow> table = new TableView<>(viewModel.refusedRows());
        table.setId("import-refused");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(ImportTables.column("Line", 60, row -> Long.toString(row.line())));
        TableColumn<RefusedRow, String> why = ImportTables.column("Why it was refused", 560, RefusedRow::reason);
        why.setCellFactory(col -> new ImportTables.WrappingCell<>(col));
        table.getColumns().add(why);
        table.getColumns().add(ImportTables.column("The row as it was", 420, row -> String.join(" | ", row.cells())));
        table.setPlaceholder(new Label("No row was refused."));
        Button save = new Button("Save report as CSV…");
        save.setId("import-save-report");
        save.setOnAction(event -> viewModel.saveReport());
        save.disableProperty().bind(Bindings.isEmpty(viewModel.refusedRows()));
        Label hint = new Label("The report keeps the file's own columns, so you can correct the refused rows "
                + "in your spreadsheet and import the report again.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        ListView<String> notes = new ListView<>(viewModel.reportNotes());
        notes.setId("import-report-notes");
        notes.setPrefHeight(110);
        notes.visibleProperty().bind(Bindings.isNotEmpty(viewModel.reportNotes()));
        notes.managedProperty().bind(notes.visibleProperty());
        VBox pane = new VBox(8, heading, summary, notes, table, new HBox(12, save, hint));
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.getStyleClass().add("import-pane");
        return pane;
    }

    private Node buttons() {
        CheckBox allOrNothing = new CheckBox("All or nothing: import nothing if any row is refused");
        allOrNothing.setId("import-all-or-nothing");
        allOrNothing.selectedProperty().bindBidirectional(viewModel.allOrNothingProperty());
        allOrNothing.disableProperty().bind(viewModel.stepProperty().isNotEqualTo(Step.PREVIEW));

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label message = new Label();
        message.setId("import-progress-message");
        message.textProperty().bind(viewModel.progressMessageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.setOnAction(event -> viewModel.cancel());
        cancel.disableProperty().bind(viewModel.cancellableProperty().not());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        // a row of its own while importing, so the message has the window's width and no button is cut
        HBox progress = new HBox(8, bar, message, cancel);
        progress.getStyleClass().add("import-progress");
        showOnlyIn(progress, Step.IMPORTING);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button run = new Button("Import");
        run.setId("import-run");
        run.setDefaultButton(true);
        run.disableProperty().bind(viewModel.canImportProperty().not());
        showOnlyIn(run, Step.CHOOSE_FILE, Step.PREVIEW, Step.IMPORTING);
        run.setOnAction(event -> viewModel.runImport());
        Button close = new Button("Close");
        close.setId("import-close");
        close.setCancelButton(true);
        close.disableProperty().bind(viewModel.stepProperty().isEqualTo(Step.IMPORTING));
        close.setOnAction(event -> stage.close());
        run.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar2 = new HBox(12, allOrNothing, spacer, run, close);
        bar2.getStyleClass().add("button-bar");
        return new VBox(8, progress, bar2);
    }
}
