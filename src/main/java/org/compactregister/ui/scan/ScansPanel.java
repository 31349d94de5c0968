package org.compactregister.ui.scan;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.compactregister.model.Scan;
import org.compactregister.scan.ScanListing;

/**
 * The scans kept with a signatory, beside its form: thumbnails with name, size, pages and date;
 * attach by choosing or by dropping files here; view, save a copy, open elsewhere, remove.
 */
public final class ScansPanel {

    private final ScansPanelViewModel viewModel;
    private final VBox root = new VBox();
    private final ListView<ScanListing> list = new ListView<>();

    public ScansPanel(ScansPanelViewModel viewModel) {
        this.viewModel = viewModel;
        root.setId("scans-panel");
        root.getStyleClass().add("scans-panel");
        Label heading = new Label("Scanned forms");
        heading.getStyleClass().add("scans-heading");
        Button attach = new Button("Attach scans…");
        attach.setId("attach-scans");
        attach.setOnAction(event -> viewModel.chooseAndAttach());
        Label hint = new Label("Or drag scans from a folder onto this panel.");
        hint.getStyleClass().add("scan-detail");
        hint.setWrapText(true);
        Label notice = new Label();
        notice.setId("scans-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add("scan-detail");
        notice.textProperty().bind(viewModel.noticeProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().setAll(heading, attach, hint, list(), actions(), progress(), notice);
        acceptDrops();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                ScanStyles.addScansTo(scene);
            }
        });
    }

    public Node root() {
        return root;
    }

    /** Lists the signatory's scans (call once the panel is shown). */
    public void refresh() {
        viewModel.refresh();
    }

    private Node list() {
        list.setId("scans-list");
        list.setItems(viewModel.items());
        list.setCellFactory(view -> new ScanCell<>() {
            @Override
            BufferedImage thumbnailOf(ScanListing item) {
                return item.thumbnail();
            }

            @Override
            String nameOf(ScanListing item) {
                return item.scan().fileName();
            }

            @Override
            String kindOf(ScanListing item) {
                return item.scan().mediaType().label() + " · " + item.scan().pagesAndSize();
            }

            @Override
            String whenOf(ScanListing item) {
                return "Attached " + at(item.scan().attachedAt());
            }
        });
        Label empty = new Label("No scans yet.\nDrag the scanned form here,\nor choose Attach scans…");
        empty.getStyleClass().add("scans-empty");
        empty.setId("scans-empty");
        list.setPlaceholder(empty);
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                selected().ifPresent(this::view);
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                selected().ifPresent(this::view);
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                selected().ifPresent(viewModel::remove);
                event.consume();
            }
        });
        return list;
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.progressProperty().bind(viewModel.attachProgressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-attaching");
        cancel.setOnAction(event -> viewModel.cancelAttaching());
        HBox line = new HBox(8, bar, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(viewModel.attachingProperty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private Node actions() {
        Button view = action("View", "view-scan", this::view);
        Button save = action("Save a copy…", "save-scan-copy", viewModel::saveCopy);
        Button elsewhere = action("Open in other program", "open-scan-elsewhere", viewModel::openInSystemViewer);
        Button remove = action("Remove…", "remove-scan", viewModel::remove);
        FlowPane bar = new FlowPane(6, 6, view, save, elsewhere, remove);
        bar.getStyleClass().add("scans-actions");
        return bar;
    }

    private Button action(String text, String id, Consumer<Scan> action) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(event -> selected().ifPresent(action));
        return button;
    }

    private Optional<Scan> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(ScanListing::scan);
    }

    private void view(Scan scan) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        ScanViewerWindow.show(owner, viewModel.viewerTitle(scan), viewModel.viewer(scan));
    }

    private void acceptDrops() {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!root.getStyleClass().contains("drop-target")) {
                    root.getStyleClass().add("drop-target");
                }
            }
            event.consume();
        });
        root.setOnDragExited(event -> root.getStyleClass().remove("drop-target"));
        root.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            viewModel.attach(files.stream().map(File::toPath).toList());
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
    }
}
