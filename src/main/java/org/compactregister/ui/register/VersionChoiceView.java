package org.compactregister.ui.register;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.model.TwoVersions.Keep;
import org.compactregister.ui.MainWindow;

/**
 * The two versions of a signatory side by side, one line per field that differs: their value and
 * mine, each a choice; a field both changed is marked. Keep all mine, take all theirs, save the
 * choices on top of their version, or go back to the form. Closing the window goes back to the form.
 */
final class VersionChoiceView {

    private final VersionChoiceViewModel viewModel;
    private final Stage stage = new Stage();
    private boolean decided;

    VersionChoiceView(VersionChoiceViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Someone else saved this signatory — choose which to keep");
        stage.setScene(scene());
        stage.setOnHidden(event -> {
            if (!decided) {
                viewModel.backToForm();
            }
        });
    }

    void show() {
        stage.show();
    }

    /** Closes the window, as when the form has moved on (saved, or back to it). */
    void close() {
        decided = true;
        stage.close();
    }

    private Scene scene() {
        Label heading = new Label(viewModel.heading());
        heading.setId("version-choice-heading");
        heading.setWrapText(true);
        heading.getStyleClass().add("warning-heading");

        GridPane grid = new GridPane();
        grid.setId("version-choice-fields");
        grid.getStyleClass().add("version-choice");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints(150);
        ColumnConstraints theirs = new ColumnConstraints(200, 280, Double.MAX_VALUE);
        theirs.setHgrow(Priority.ALWAYS);
        ColumnConstraints mine = new ColumnConstraints(200, 280, Double.MAX_VALUE);
        mine.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, theirs, mine);
        grid.add(columnHeading("Field"), 0, 0);
        grid.add(columnHeading("Theirs (saved by " + viewModel.savedBy() + ")"), 1, 0);
        grid.add(columnHeading("Yours (as you typed it)"), 2, 0);
        int row = 1;
        for (VersionChoiceViewModel.Row field : viewModel.rows()) {
            Label name = new Label(field.label() + (field.changedByBoth() ? "  ⚠" : ""));
            name.getStyleClass().add("form-label");
            if (field.changedByBoth()) {
                name.getStyleClass().add("changed-by-both");
                name.setTooltip(new javafx.scene.control.Tooltip("You both changed this field."));
            }
            ToggleGroup group = new ToggleGroup();
            RadioButton their = choice(field.theirs(), group, Keep.THEIRS, "theirs-" + field.field().name());
            RadioButton my = choice(field.mine(), group, Keep.MINE, "mine-" + field.field().name());
            group.selectToggle(field.keepProperty().get() == Keep.MINE ? my : their);
            group.selectedToggleProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    field.keepProperty().set((Keep) now.getUserData());
                }
            });
            field.keepProperty().addListener((obs, old, now) -> group.selectToggle(now == Keep.MINE ? my : their));
            grid.addRow(row++, name, their, my);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);

        Button allMine = new Button("Keep all _mine");
        allMine.setId("keep-all-mine");
        allMine.setOnAction(event -> viewModel.keepAllMine());
        Button allTheirs = new Button("Take all _theirs");
        allTheirs.setId("take-all-theirs");
        allTheirs.setOnAction(event -> viewModel.takeAllTheirs());
        Button back = new Button("Back to the form");
        back.setId("back-to-form");
        back.setCancelButton(true);
        back.setOnAction(event -> {
            close();
            viewModel.backToForm();
        });
        Button save = new Button("Save these choices");
        save.setId("save-choices");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(event -> {
            close();
            viewModel.save();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, allMine, allTheirs, spacer, back, save);
        buttons.getStyleClass().add("button-bar");
        Label hint = new Label("⚠ marks a field you both changed. Fields not listed are the same in both, or only they changed them and you did not: "
                + "their values are kept. The save is checked against their version (" + viewModel.theirVersion()
                + "), so nobody's later work is overwritten either.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        VBox top = new VBox(6, heading);
        top.getStyleClass().add("duplicates-warning");
        BorderPane root = new BorderPane(scroll, top, null, new VBox(6, hint, buttons), null);
        Scene scene = new Scene(root, 820, Math.min(560, 180 + 44 * viewModel.rows().size()));
        scene.getStylesheets().add(MainWindow.class.getResource("register.css").toExternalForm());
        return scene;
    }

    private static Label columnHeading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-section");
        label.setWrapText(true);
        return label;
    }

    private static RadioButton choice(String value, ToggleGroup group, Keep keep, String id) {
        RadioButton button = new RadioButton(value.isEmpty() ? "(blank)" : value);
        button.setId(id);
        button.setUserData(keep);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }
}
