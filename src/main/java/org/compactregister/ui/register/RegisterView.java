package org.compactregister.ui.register;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.SortColumn;
import org.compactregister.model.Status;
import org.compactregister.model.UkDate;
import org.compactregister.ui.FilterChoices;

/** The register as a table with a search box and filters; the centre of the main window. */
public final class RegisterView {

    private final RegisterViewModel viewModel;
    private final BiConsumer<Signatory, List<Path>> fileDrop;
    private final TextField search = new TextField();
    private final TableView<Signatory> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    /** {@code fileDrop} gets the files dropped on a row, with the row's signatory (scans attach them). */
    public RegisterView(RegisterViewModel viewModel, BiConsumer<Signatory, List<Path>> fileDrop) {
        this.viewModel = viewModel;
        this.fileDrop = fileDrop;
        root.setTop(toolbar());
        root.setCenter(table());
        root.setBottom(summary());
        root.getStyleClass().add("register");
    }

    public Node root() {
        return root;
    }

    private Node toolbar() {
        search.setId("search");
        search.setPromptText("Search organisation, name, postcode, email, phone");
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<Sector> sector = FilterChoices.of("All sectors", Sector.values());
        sector.setId("sector-filter");
        sector.setPrefWidth(250);
        sector.valueProperty().bindBidirectional(viewModel.sectorProperty());
        ComboBox<Status> status = FilterChoices.of("All statuses", Status.values());
        status.setId("status-filter");
        status.valueProperty().bindBidirectional(viewModel.statusProperty());

        Button clear = new Button("Clear");
        clear.setOnAction(event -> viewModel.clearSearch());
        Button newForm = new Button("New form");
        newForm.setId("new-form");
        newForm.getStyleClass().add("accent");
        newForm.setOnAction(event -> viewModel.openNewForm());
        Button open = new Button("Open");
        open.setId("open-signatory");
        open.setOnAction(event -> viewModel.openSelected());
        Button withdraw = new Button("Withdraw…");
        withdraw.setId("withdraw-signatory");
        withdraw.setOnAction(event -> viewModel.withdrawSelected());
        Button delete = new Button("Delete…");
        delete.setId("delete-signatory");
        delete.setOnAction(event -> viewModel.deleteSelected());
        for (Button button : new Button[] {open, withdraw, delete}) {
            button.disableProperty().bind(viewModel.selectedProperty().isNull());
        }
        Region gap = new Region();
        gap.setMinWidth(12);
        HBox bar = new HBox(8, search, sector, status, clear, gap, newForm, open, withdraw, delete);
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    private Node table() {
        table.setId("register-table");
        table.setItems(viewModel.signatories());
        table.getColumns().setAll(List.of(
                column("Organisation", SortColumn.ORGANISATION, 340, Signatory::organisation),
                column("Signed by", SortColumn.SIGNATORY_NAME, 190, Signatory::signatoryName),
                column("Sector", SortColumn.SECTOR, 175, s -> s.form().sector() == null ? "" : s.form().sector().shortLabel()),
                column("Date signed", SortColumn.DATE_SIGNED, 122, s -> date(s.form().dateSigned())),
                column("Date received", SortColumn.DATE_RECEIVED, 134, s -> date(s.form().dateReceived())),
                column("Status", SortColumn.STATUS, 105, s -> s.status().label()),
                column("Town", SortColumn.TOWN, 140, s -> s.form().address().town()),
                column("Postcode", SortColumn.POSTCODE, 90, s -> s.form().address().postcode())));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<Signatory>) change -> viewModel.chosen().setAll(
                        table.getSelectionModel().getSelectedItems().filtered(java.util.Objects::nonNull)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !viewModel.searchingProperty().get()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                int index = now == null ? -1 : table.getItems().indexOf(now);
                if (index < 0) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().clearAndSelect(index);
                }
            }
        });
        table.setSortPolicy(t -> {
            if (!t.getSortOrder().isEmpty()) {
                TableColumn<Signatory, ?> first = t.getSortOrder().get(0);
                viewModel.sortColumnProperty().set((SortColumn) first.getUserData());
                viewModel.ascendingProperty().set(first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<Signatory> row = new TableRow<>() {
                @Override
                protected void updateItem(Signatory item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("withdrawn");
                    if (!empty && item != null && item.status() == Status.WITHDRAWN) {
                        getStyleClass().add("withdrawn");
                    }
                }
            };
            acceptFileDrops(row);
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openSelected();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.deleteSelected();
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(560);
        placeholder.getStyleClass().add("empty-register");
        placeholder.textProperty().bind(viewModel.emptyMessageProperty());
        placeholder.setId("register-placeholder");
        table.setPlaceholder(placeholder);
        return table;
    }

    private static TableColumn<Signatory, String> column(String title, SortColumn sort, double width,
                                                         Function<Signatory, String> value) {
        TableColumn<Signatory, String> column = new TableColumn<>(title);
        column.setUserData(sort);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static String date(LocalDate date) {
        return UkDate.formatShort(date);
    }

    private Node summary() {
        Label summary = new Label();
        summary.setId("register-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.getStyleClass().add("summary");
        return summary;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void acceptFileDrops(TableRow<Signatory> row) {
        row.setOnDragOver(event -> {
            if (!row.isEmpty() && event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                table.getSelectionModel().clearAndSelect(row.getIndex());
            }
            event.consume();
        });
        row.setOnDragDropped(event -> {
            boolean files = !row.isEmpty() && event.getDragboard().hasFiles();
            if (files) {
                fileDrop.accept(row.getItem(), event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }
}
