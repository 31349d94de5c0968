package org.compactregister.ui.scan;

import java.awt.image.BufferedImage;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.compactregister.model.FileSize;
import org.compactregister.ui.register.SignatoryFormView;
import org.compactregister.ui.ScreenFit;

/**
 * The scan inbox window: the waiting scans on the left, the selected one on the right. Enter types
 * it as a new commitment form beside the scan; Ctrl+E files it with an existing signatory. Opened
 * to check the returned forms ({@link #showAndCheckReturnedForms}), it goes from one matched form to
 * the next by itself.
 */
public final class InboxView {

    private final InboxViewModel viewModel;
    private final Stage stage = new Stage();
    private final ListView<InboxEntry> list = new ListView<>();
    private final StackPane preview = new StackPane();
    private ScanViewerViewModel previewing;
    /** True while returned forms are checked one after another: a saved form opens the next matched one. */
    private boolean checkingRun;

    public InboxView(InboxViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.titleProperty().bind(viewModel.folderProperty().map(folder -> "Scan inbox — " + folder));
        BorderPane root = new BorderPane();
        root.setTop(new VBox(header(), banner()));
        SplitPane split = new SplitPane(list(), preview);
        split.setDividerPositions(0.34);
        root.setCenter(split);
        root.setBottom(buttons());
        Scene scene = ScreenFit.scene(root, 1180, 820);
        ScanStyles.addTo(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::fileIntoExisting);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), viewModel::refresh);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(event -> closePreview());
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
            showPreview(now);
        });
    }

    public void show() {
        stage.show();
        list.requestFocus();
        viewModel.refresh();
    }

    /**
     * Shows the inbox and, once its files are read for forms' codes, opens the first matched form for
     * checking box by box; saving it opens the next matched form, until none is left or staff close
     * the check screen without saving (Esc), which leaves them in the inbox.
     */
    public void showAndCheckReturnedForms() {
        checkingRun = true;
        viewModel.afterNextMatching(this::checkNextReturnedForm);
        show();
        viewModel.tell("Reading the files for the forms' codes: the first returned form opens for checking by itself.");
    }

    private void checkNextReturnedForm() {
        if (!checkingRun || !stage.isShowing()) {
            checkingRun = false;
            return;
        }
        var next = viewModel.firstMatched();
        if (next.isEmpty()) {
            checkingRun = false;
            String before = viewModel.noticeProperty().get();
            viewModel.tell((before.isEmpty() ? "" : before + " ") + (viewModel.entries().isEmpty()
                    ? "No returned forms are waiting."
                    : "No more returned forms with this register's code: the files left are typed as before (Enter)."));
            list.requestFocus();
            return;
        }
        viewModel.selectedProperty().set(next.get());
        typeForm();
    }

    public Stage stage() {
        return stage;
    }

    private Node header() {
        Label title = new Label("Waiting to be typed");
        title.getStyleClass().add("scans-heading");
        Label folder = new Label();
        folder.setId("inbox-folder");
        folder.getStyleClass().add("inbox-folder");
        folder.textProperty().bind(viewModel.folderProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("scan-busy");
        busy.visibleProperty().bind(viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = new Button("Refresh (F5)");
        refresh.setOnAction(event -> viewModel.refresh());
        Button change = new Button("Change folder…");
        change.setId("inbox-change-folder");
        change.setOnAction(event -> viewModel.chooseFolder());
        HBox header = new HBox(10, title, folder, spacer, busy, refresh, change);
        header.getStyleClass().add("inbox-header");
        return header;
    }

    private Node banner() {
        Label banner = new Label();
        banner.setId("inbox-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.getStyleClass().add("inbox-banner");
        banner.textProperty().bind(viewModel.bannerProperty());
        banner.visibleProperty().bind(viewModel.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node list() {
        list.setId("inbox-list");
        list.getStyleClass().add("inbox-list");
        list.setItems(viewModel.entries());
        list.setCellFactory(view -> new ScanCell<>() {
            @Override
            BufferedImage thumbnailOf(InboxEntry item) {
                return item.thumbnail();
            }

            @Override
            String nameOf(InboxEntry item) {
                return item.file().name();
            }

            @Override
            String kindOf(InboxEntry item) {
                return FileSize.describe(item.file().sizeBytes())
                        + (item.thumbnail() == null ? " · cannot be shown" : "");
            }

            @Override
            String whenOf(InboxEntry item) {
                return "Scanned " + at(item.file().modified()) + "\n" + item.matchInWords();
            }
        });
        Label empty = new Label();
        empty.setWrapText(true);
        empty.getStyleClass().add("inbox-empty");
        empty.textProperty().bind(viewModel.emptyMessageProperty());
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                typeForm();
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                typeForm();
            }
        });
        return list;
    }

    private Node buttons() {
        Label notice = new Label();
        notice.setId("inbox-notice");
        notice.getStyleClass().add("hint");
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(notice, Priority.ALWAYS);
        Button existing = new Button("Attach to existing signatory… (Ctrl+E)");
        existing.setId("inbox-attach-existing");
        existing.setOnAction(event -> fileIntoExisting());
        Button type = new Button("Type this form (Enter)");
        type.setId("inbox-type-form");
        type.getStyleClass().add("accent");
        type.setOnAction(event -> typeForm());
        existing.disableProperty().bind(viewModel.selectedProperty().isNull());
        type.disableProperty().bind(viewModel.selectedProperty().isNull());
        existing.setMinWidth(Region.USE_PREF_SIZE);
        type.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, notice, existing, type);
        bar.getStyleClass().add("button-bar");
        return bar;
    }

    private void showPreview(InboxEntry entry) {
        closePreview();
        if (entry == null) {
            preview.getChildren().clear();
            return;
        }
        previewing = viewModel.viewer(entry);
        preview.getChildren().setAll(new ScanViewerView(previewing).root());
        previewing.open();
    }

    private void closePreview() {
        if (previewing != null) {
            previewing.close();
            previewing = null;
        }
    }

    /** Opens an empty commitment form beside the scan; saving it files the scan with the new signatory. */
    private void typeForm() {
        var verifying = viewModel.verifySelected();
        if (verifying.isPresent()) {
            VerificationViewModel checking = verifying.get();
            VerificationView view = new VerificationView(checking, stage);
            view.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
                if (checkingRun && checking.savedProperty().get()) {
                    javafx.application.Platform.runLater(this::checkNextReturnedForm);
                } else {
                    checkingRun = false;
                    list.requestFocus();
                }
            });
            view.show();
            return;
        }
        viewModel.typeSelected().ifPresent(this::show);
    }

    private void show(FormBesideScan typed) {
        SignatoryFormView form = new SignatoryFormView(typed.form(), stage);
        ScanViewerView scan = new ScanViewerView(typed.scan());
        form.addPanel(scan.root(), true, 620);
        scan.addShortcutsTo(form.stage().getScene());
        ScanStyles.addScansTo(form.stage().getScene());
        form.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> list.requestFocus());
        form.show();
        typed.scan().open();
    }

    private void fileIntoExisting() {
        viewModel.fileSelectedIntoExisting();
        list.requestFocus();
    }
}
