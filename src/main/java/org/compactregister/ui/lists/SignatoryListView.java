package org.compactregister.ui.lists;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.list.SignatoryListKind;
import org.compactregister.model.Sector;
import org.compactregister.model.SignatoryListOrder;
import org.compactregister.model.Status;
import org.compactregister.ui.FilterChoices;
import org.compactregister.ui.UkDateConverter;

/**
 * The signatory list window: the choices on the left, the preview of the printed pages on the
 * right, and Print, Save as PDF and Export CSV with a progress bar and Cancel.
 */
public final class SignatoryListView {

    private final SignatoryListViewModel viewModel;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();

    public SignatoryListView(SignatoryListViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.setTitle("Signatory list");
        root.setLeft(choices());
        root.setCenter(preview());
        root.getStyleClass().add("signatory-list");
        var screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1120, screen.getWidth() - 40), Math.min(820, screen.getHeight() - 60));
        scene.getStylesheets().add(SignatoryListView.class.getResource("lists.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(820);
        stage.setMinHeight(560);
        stage.setOnHidden(event -> viewModel.close());
    }

    public void show() {
        stage.show();
        viewModel.countMatching();
    }

    public Stage stage() {
        return stage;
    }

    private Node choices() {
        ToggleGroup kinds = new ToggleGroup();
        RadioButton publicList = radio("Public list", kinds, SignatoryListKind.PUBLIC, "public-list");
        RadioButton internal = radio("Internal contact list", kinds, SignatoryListKind.INTERNAL, "internal-list");
        bindToggle(kinds, viewModel.kindProperty());
        Label kindHint = hint("");
        kindHint.textProperty().bind(Bindings.when(viewModel.kindProperty().isEqualTo(SignatoryListKind.PUBLIC))
                .then("Organisation, sector and date signed. Nothing personal: fit to publish.")
                .otherwise("Every field, with names, addresses, phones and emails. For the office only; printed landscape."));

        ComboBox<Sector> sector = FilterChoices.of("All sectors", Sector.values());
        sector.setMaxWidth(Double.MAX_VALUE);
        sector.setId("list-sector");
        sector.valueProperty().bindBidirectional(viewModel.sectorProperty());
        ComboBox<Status> status = FilterChoices.of("All statuses", Status.values());
        status.setMaxWidth(Double.MAX_VALUE);
        status.setId("list-status");
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        DatePicker from = datePicker("list-signed-from");
        from.valueProperty().bindBidirectional(viewModel.signedFromProperty());
        DatePicker to = datePicker("list-signed-to");
        to.valueProperty().bindBidirectional(viewModel.signedToProperty());
        from.setMaxWidth(Double.MAX_VALUE);
        to.setMaxWidth(Double.MAX_VALUE);
        Label fromLabel = new Label("Signed on or after");
        Label toLabel = new Label("Signed on or before");
        CheckBox withdrawn = new CheckBox("Include withdrawn organisations");
        withdrawn.setWrapText(true);
        withdrawn.setId("list-include-withdrawn");
        withdrawn.selectedProperty().bindBidirectional(viewModel.includeWithdrawnProperty());
        withdrawn.disableProperty().bind(viewModel.statusProperty().isNotNull());

        ToggleGroup orders = new ToggleGroup();
        RadioButton grouped = radio("Grouped by sector, with a count for each", orders, SignatoryListOrder.BY_SECTOR,
                "list-grouped");
        RadioButton alphabetical = radio("One alphabetical list", orders, SignatoryListOrder.BY_ORGANISATION,
                "list-alphabetical");
        bindToggle(orders, viewModel.orderProperty());

        Label summary = new Label();
        summary.setId("list-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("list-summary");
        summary.textProperty().bind(viewModel.summaryProperty());

        Button preview = button("Preview", "list-preview", viewModel::preview);
        preview.getStyleClass().add("accent");
        Button print = button("Print…", "list-print", viewModel::print);
        Button pdf = button("Save as PDF…", "list-save-pdf", viewModel::savePdf);
        Button csv = button("Export CSV…", "list-export-csv", viewModel::exportCsv);
        for (Button button : new Button[] {preview, print, pdf, csv}) {
            button.disableProperty().bind(viewModel.busyProperty().or(viewModel.matchingProperty().lessThan(0)));
            button.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane actions = new GridPane();
        actions.setHgap(8);
        actions.setVgap(8);
        actions.addRow(0, preview, print);
        actions.addRow(1, pdf, csv);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            actions.getColumnConstraints().add(half);
        }

        VBox box = new VBox(6,
                heading("List"), publicList, internal, kindHint,
                heading("Which signatories"), new Label("Sector"), sector, new Label("Status"), status,
                fromLabel, from, toLabel, to, withdrawn,
                heading("Order"), grouped, alphabetical);
        box.getStyleClass().add("list-choices");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("list-choices-scroll");
        VBox bottom = new VBox(8, summary, actions, progress());
        bottom.getStyleClass().add("list-actions");
        BorderPane left = new BorderPane(scroll);
        left.setBottom(bottom);
        left.getStyleClass().add("list-left");
        return left;
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("list-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.busyProperty());
        bar.managedProperty().bind(viewModel.busyProperty());
        Button cancel = button("Cancel", "list-cancel", viewModel::cancel);
        cancel.visibleProperty().bind(viewModel.busyProperty());
        cancel.disableProperty().bind(viewModel.cancellableProperty().not());
        cancel.managedProperty().bind(viewModel.busyProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox line = new HBox(8, bar, cancel);
        line.getStyleClass().add("progress-line");
        Label message = new Label();
        message.setId("list-progress-message");
        message.setWrapText(true);
        message.getStyleClass().add("hint");
        message.textProperty().bind(viewModel.progressMessageProperty());
        return new VBox(4, line, message);
    }

    private Node preview() {
        ImageView page = new ImageView();
        page.setId("list-page");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        viewModel.pageProperty().addListener((obs, old, now) ->
                page.setImage(now == null ? null : SwingFXUtils.toFXImage(now, null)));
        StackPane paper = new StackPane(page);
        paper.getStyleClass().add("paper");
        paper.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane desk = new StackPane(paper);
        desk.getStyleClass().add("desk");
        ScrollPane scroll = new ScrollPane(desk);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("preview-scroll");
        page.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double available = scroll.getViewportBounds().getWidth() - 48;
            var image = page.getImage();
            double natural = image == null ? 800 : image.getWidth();
            return Math.max(200, Math.min(natural, available));
        }, scroll.viewportBoundsProperty(), page.imageProperty()));

        Label empty = new Label("Choose the list on the left, then Preview to see it page by page as it will print.");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.getStyleClass().add("empty-preview");
        empty.visibleProperty().bind(viewModel.pageCountProperty().isEqualTo(0));
        StackPane centre = new StackPane(scroll, empty);
        scroll.visibleProperty().bind(viewModel.pageCountProperty().greaterThan(0));

        Button previous = button("◀ Previous", "list-previous-page", viewModel::previousPage);
        previous.disableProperty().bind(viewModel.pageIndexProperty().lessThanOrEqualTo(0));
        Button next = button("Next ▶", "list-next-page", viewModel::nextPage);
        next.disableProperty().bind(viewModel.pageIndexProperty().greaterThanOrEqualTo(
                viewModel.pageCountProperty().subtract(1)));
        Label pageLabel = new Label();
        pageLabel.setId("list-page-label");
        pageLabel.textProperty().bind(viewModel.pageLabelProperty());
        Label outOfDate = new Label("The choices have changed: Preview again to see them.");
        outOfDate.getStyleClass().add("out-of-date");
        outOfDate.visibleProperty().bind(viewModel.previewOutOfDateProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox pager = new HBox(10, previous, pageLabel, next, spacer, outOfDate);
        pager.getStyleClass().add("pager");
        pager.visibleProperty().bind(viewModel.pageCountProperty().greaterThan(0));
        BorderPane pane = new BorderPane(centre);
        pane.setBottom(pager);
        pane.getStyleClass().add("preview-pane");
        return pane;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("choice-heading");
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("hint");
        return label;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static RadioButton radio(String text, ToggleGroup group, Object value, String id) {
        RadioButton radio = new RadioButton(text);
        radio.setToggleGroup(group);
        radio.setUserData(value);
        radio.setId(id);
        radio.setWrapText(true);
        return radio;
    }

    /** Keeps a group of radio buttons and a property in step, both ways. */
    private static <T> void bindToggle(ToggleGroup group, ObjectProperty<T> property) {
        for (Toggle toggle : group.getToggles()) {
            toggle.setSelected(toggle.getUserData() == property.get());
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                property.set(value);
            }
        });
        property.addListener((obs, old, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText("dd/mm/yyyy");
        picker.setPrefWidth(140);
        picker.setConverter(new UkDateConverter());
        return picker;
    }
}
