package org.compactregister.ui.scan;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.form.BoxEnding;
import org.compactregister.form.FormBox;
import org.compactregister.form.Verification;
import org.compactregister.ui.ScreenFit;

/**
 * The verification screen: one row per box of the paper form, the box as cut from the scan on the
 * left, its input on the right. Enter moves to the next box (and saves from the last one);
 * Ctrl+Enter saves from anywhere; Esc closes without saving. A box whose typing has a certain end
 * (a whole date, an address ending in its postcode: {@link BoxEnding}) moves on by itself when that
 * end is typed; an Enter pressed out of habit right after, in the still empty next box, is let go.
 * For a renewal, boxes with writing on the scan are marked (and the first of them has the focus),
 * and a box holding something other than the record says what the record has.
 */
public final class VerificationView {

    private static final double CUT_WIDTH = 440;
    private static final String DIFFERS = "-fx-background-color: #fff1b8; -fx-border-color: #d08a00; -fx-border-width: 2;";
    private static final String WRITTEN_ON = "-fx-border-color: #2f6fb3; -fx-border-width: 2;";

    private final VerificationViewModel viewModel;
    private final Stage stage = new Stage();
    private final TextField[] inputs = new TextField[FormBox.values().length];
    /** The box the screen moved into by itself, while it is still empty and has the focus. */
    private TextField movedInto;

    public VerificationView(VerificationViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.initModality(javafx.stage.Modality.WINDOW_MODAL);
        stage.setTitle("Check returned form");
        Label heading = new Label();
        heading.setId("verify-heading");
        heading.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        heading.textProperty().bind(viewModel.headingProperty());
        heading.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        FormBox[] boxes = FormBox.values();
        for (int i = 0; i < boxes.length; i++) {
            addRow(grid, i, boxes[i]);
        }
        Label message = new Label();
        message.setId("verify-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button("Save as received (Ctrl+Enter)");
        save.setId("verify-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.busyProperty().or(viewModel.verificationProperty().isNull()));
        save.setOnAction(event -> viewModel.save());
        Button close = new Button("Close (Esc)");
        close.setOnAction(event -> stage.close());
        close.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, message, close, save);
        bar.setPadding(new Insets(8, 12, 12, 12));
        BorderPane root = new BorderPane(new ScrollPane(grid), new VBox(heading), null, bar, null);
        BorderPane.setMargin(heading, new Insets(12, 12, 0, 12));
        Scene scene = ScreenFit.scene(root, 1120, 760);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), viewModel::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        viewModel.finishedProperty().addListener((obs, was, now) -> {
            if (now) {
                stage.close();
            }
        });
        viewModel.verificationProperty().addListener((obs, was, now) -> {
            if (now != null) {
                firstToCheck(now).requestFocus();
            }
        });
    }

    private void addRow(GridPane grid, int row, FormBox box) {
        Label label = new Label(box.label());
        label.setMinWidth(110);
        label.setMaxWidth(130);
        label.setWrapText(true);
        ImageView cut = new ImageView();
        cut.setId("verify-cut-" + box.fieldName());
        cut.setPreserveRatio(true);
        cut.setFitWidth(CUT_WIDTH);
        cut.imageProperty().bind(viewModel.cutProperty(box).map(image -> SwingFXUtils.toFXImage(image, null)));
        TextField input = new TextField();
        input.setId("verify-" + box.fieldName());
        input.setPrefColumnCount(24);
        input.textProperty().bindBidirectional(viewModel.valueProperty(box));
        input.styleProperty().bind(viewModel.markProperty(box).map(mark -> switch (mark) {
            case DIFFERS -> DIFFERS;
            case WRITTEN_ON -> WRITTEN_ON;
            case NONE -> "";
        }));
        if (box == FormBox.ADDRESS) {
            input.setPromptText("Lines separated by commas: 4 Mill Lane, Abermill, MB3 2QT");
        }
        input.disableProperty().bind(viewModel.verificationProperty().isNull());
        input.setOnAction(event -> {
            if (input == movedInto && input.getText().isEmpty()) {
                movedInto = null; // the Enter that would have ended the box before: already moved on
                return;
            }
            next(row);
        });
        input.focusedProperty().addListener((obs, was, now) -> {
            if (!now && input == movedInto) {
                movedInto = null;
            }
        });
        input.textProperty().addListener((obs, before, after) -> {
            if (input.isFocused() && viewModel.verificationProperty().get() != null && !viewModel.busyProperty().get()
                    && BoxEnding.finishedBy(box, before, after)) {
                Platform.runLater(() -> movedOnByItself(row));
            }
        });
        inputs[row] = input;
        Label problem = new Label();
        problem.setId("verify-problem-" + box.fieldName());
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.setWrapText(true);
        problem.setMaxWidth(330);
        problem.textProperty().bind(viewModel.problemProperty(box));
        Label mark = new Label();
        mark.setId("verify-mark-" + box.fieldName());
        mark.setWrapText(true);
        mark.setMaxWidth(330);
        mark.textProperty().bind(viewModel.markWordsProperty(box));
        mark.styleProperty().bind(viewModel.markProperty(box).map(m -> m == Verification.Mark.DIFFERS
                ? "-fx-text-fill: #8a5a00;" : "-fx-text-fill: #2f6fb3;"));
        mark.visibleProperty().bind(mark.textProperty().isNotEmpty());
        mark.managedProperty().bind(mark.visibleProperty());
        grid.addRow(row, label, cut, new VBox(4, input, mark, problem));
    }

    private void movedOnByItself(int row) {
        if (inputs[row].isFocused() && row + 1 < inputs.length) {
            inputs[row + 1].requestFocus();
            movedInto = inputs[row + 1].getText().isEmpty() ? inputs[row + 1] : null;
        }
    }

    private void next(int row) {
        if (row + 1 < inputs.length) {
            inputs[row + 1].requestFocus();
        } else {
            viewModel.save();
        }
    }

    /** A renewal's first box written on (where the form may say something new), else the first empty box. */
    private TextField firstToCheck(Verification opened) {
        FormBox[] boxes = FormBox.values();
        for (int i = 0; i < boxes.length; i++) {
            if (opened.mark(boxes[i], inputs[i].getText()) == Verification.Mark.WRITTEN_ON) {
                return inputs[i];
            }
        }
        return firstToType();
    }

    /** The first empty box (or the first box when all are filled in). */
    private TextField firstToType() {
        for (TextField input : inputs) {
            if (input.getText() == null || input.getText().isBlank()) {
                return input;
            }
        }
        return inputs[0];
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
