package org.compactregister.ui.scan;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** A scan's pages, one at a time, with page, zoom and turn controls and a busy indicator while a page is drawn. */
public final class ScanViewerView {

    private final ScanViewerViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();

    public ScanViewerView(ScanViewerViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("scan-viewer");
        root.setTop(toolbar());
        root.setCenter(pageArea());
        root.setOnKeyPressed(event -> {
            switch (event.getCode()) {
                case PAGE_DOWN -> viewModel.nextPage();
                case PAGE_UP -> viewModel.previousPage();
                case HOME -> viewModel.firstPage();
                case END -> viewModel.lastPage();
                case PLUS, ADD, EQUALS -> viewModel.zoomIn();
                case MINUS, SUBTRACT -> viewModel.zoomOut();
                case W -> viewModel.fitToWidth();
                case DIGIT1 -> viewModel.zoomTo(1);
                case L -> viewModel.rotateLeft();
                case R -> viewModel.rotateRight();
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }

    public Node root() {
        return root;
    }

    /**
     * Adds keys that work wherever the focus is in {@code scene} (for a viewer beside a form being
     * typed): Ctrl+Page Down / Page Up for pages, Ctrl+= / Ctrl+- to zoom, Ctrl+0 to fit the width.
     */
    public void addShortcutsTo(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN), viewModel::nextPage);
        keys.put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN), viewModel::previousPage);
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), viewModel::zoomIn);
        keys.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), viewModel::zoomOut);
        keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), viewModel::fitToWidth);
        showHint("Ctrl+Page Down / Page Up: next / previous page   Ctrl+= / Ctrl+-: zoom   Ctrl+0: fit width");
    }

    /** A line under the page naming the keys that work here. */
    public void showHint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("scan-shortcuts");
        root.setBottom(hint);
    }

    private Node toolbar() {
        Button previous = button("‹", "Previous page (Page Up)", "scan-previous", viewModel::previousPage);
        Button next = button("›", "Next page (Page Down)", "scan-next", viewModel::nextPage);
        previous.disableProperty().bind(viewModel.pageProperty().lessThanOrEqualTo(0));
        next.disableProperty().bind(viewModel.pageProperty().greaterThanOrEqualTo(viewModel.pageCountProperty().subtract(1)));
        Label pageLabel = new Label();
        pageLabel.setId("scan-page-label");
        pageLabel.textProperty().bind(viewModel.pageLabelBinding());
        pageLabel.getStyleClass().add("scan-page-label");

        Button zoomOut = button("−", "Smaller (-)", "scan-zoom-out", viewModel::zoomOut);
        Button zoomIn = button("+", "Larger (+)", "scan-zoom-in", viewModel::zoomIn);
        Label zoomLabel = new Label();
        zoomLabel.setId("scan-zoom-label");
        zoomLabel.textProperty().bind(viewModel.zoomLabelBinding());
        zoomLabel.getStyleClass().add("scan-zoom-label");
        ToggleButton fit = new ToggleButton("Fit width");
        fit.setId("scan-fit-width");
        fit.setTooltip(new Tooltip("Fit the page to the width of the viewer (W)"));
        fit.selectedProperty().bind(viewModel.fitWidthProperty());
        fit.setOnAction(event -> viewModel.fitToWidth());
        Button actual = button("100%", "Actual size (1)", "scan-actual-size", () -> viewModel.zoomTo(1));
        Button left = button("↺", "Turn left (L)", "scan-rotate-left", viewModel::rotateLeft);
        Button right = button("↻", "Turn right (R)", "scan-rotate-right", viewModel::rotateRight);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("scan-busy");
        busy.getStyleClass().add("scan-busy");
        busy.visibleProperty().bind(viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Node control : new Node[] {zoomOut, zoomLabel, zoomIn, fit, actual, left, right}) {
            control.disableProperty().bind(viewModel.pageCountProperty().isEqualTo(0));
        }
        HBox bar = new HBox(6, previous, pageLabel, next, spacer, busy, zoomOut, zoomLabel, zoomIn, fit, actual,
                left, right);
        bar.getStyleClass().add("scan-viewer-toolbar");
        return bar;
    }

    private static Button button(String text, String tip, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private Node pageArea() {
        ImageView page = new ImageView();
        page.setId("scan-page");
        page.setPreserveRatio(true);
        page.getStyleClass().add("scan-page");
        viewModel.imageProperty().addListener((obs, old, now) ->
                page.setImage(now == null ? null : SwingFXUtils.toFXImage(now, null)));
        StackPane paper = new StackPane(page);
        paper.getStyleClass().add("scan-paper");
        scroll.setContent(paper);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        scroll.getStyleClass().add("scan-scroll");
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> viewModel.viewportWidthProperty().set(now.getWidth()));
        viewModel.pageProperty().addListener((obs, old, now) -> scroll.setVvalue(0));

        Label problem = new Label();
        problem.setId("scan-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("scan-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        ProgressIndicator opening = new ProgressIndicator();
        opening.setMaxSize(64, 64);
        opening.visibleProperty().bind(viewModel.busyProperty().and(viewModel.imageProperty().isNull()));
        StackPane area = new StackPane(scroll, opening, problem);
        area.getStyleClass().add("scan-area");
        return area;
    }
}
