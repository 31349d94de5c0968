package org.compactregister.ui.register;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.compactregister.model.FormField;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;
import org.compactregister.ui.FxDialogService;
import org.compactregister.ui.MainWindow;
import org.compactregister.ui.ScreenFit;

/**
 * The commitment form in its own window, laid out in the order of the paper form, then the
 * register's own fields. Tab follows that order; Enter saves; Escape closes (asking first when
 * something was typed).
 */
public final class SignatoryFormView {

    private final SignatoryFormViewModel viewModel;
    private final Stage stage = new Stage();
    private final GridPane grid = new GridPane();
    private final BorderPane root = new BorderPane();
    private int row;
    private VersionChoiceView choiceWindow;

    /** The form's window closes when the form is finished, and tells the form when it has closed. */
    public SignatoryFormView(SignatoryFormViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene());
        stage.setOnCloseRequest(event -> {
            if (!mayClose()) {
                event.consume();
            }
        });
        viewModel.finishedProperty().addListener((obs, was, finished) -> {
            if (finished) {
                stage.close();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> viewModel.closed());
    }

    public void show() {
        stage.show();
    }

    /**
     * Shows {@code panel} beside the form (before it, on the left, or after it), widening the window:
     * the hook by which other features (scans) add to the form without copying it.
     */
    public void addPanel(Node panel, boolean beforeForm, double width) {
        Node form = root.getCenter();
        SplitPane split = new SplitPane();
        split.getItems().setAll(beforeForm ? panel : form, beforeForm ? form : panel);
        double position = beforeForm ? width / (width + 720) : 720 / (width + 720);
        split.setDividerPositions(position);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> split.setDividerPositions(position));
        root.setCenter(split);
        stage.setWidth(Math.min(stage.getScene().getWidth() + width,
                Screen.getPrimary().getVisualBounds().getWidth() - 40));
    }

    /** The form's window, for features that add to it (keys, style sheets, a title of their own). */
    public Stage stage() {
        return stage;
    }

    private Scene scene() {
        grid.getStyleClass().add("commitment-form");
        grid.getColumnConstraints().setAll(new ColumnConstraints(200), columnThatGrows());
        section("From the commitment form");
        TextField name = text(FormField.SIGNATORY_NAME, "signatory-name", viewModel.signatoryNameProperty(), "Name as signed");
        TextField signed = text(FormField.DATE_SIGNED, "date-signed", viewModel.dateSignedProperty(), "dd/mm/yyyy");
        text(FormField.ORGANISATION, "organisation", viewModel.organisationProperty(), "On behalf of organisation");
        text(FormField.ADDRESS_LINE_1, "address-line1", viewModel.addressLine1Property(), "Building and street");
        TextField line2 = text(FormField.ADDRESS_LINE_2, "address-line2", viewModel.addressLine2Property(), "");
        TextField line3 = text(FormField.ADDRESS_LINE_3, "address-line3", viewModel.addressLine3Property(), "");
        TextField town = text(FormField.TOWN, "town", viewModel.townProperty(), "");
        TextField postcode = text(FormField.POSTCODE, "postcode", viewModel.postcodeProperty(), "e.g. LE1 1AA");
        postcode.setMaxWidth(140);
        TextField tel = text(FormField.TELEPHONE, "telephone", viewModel.telephoneProperty(), "e.g. 0116 496 0123");
        TextField secondTel = text(FormField.SECOND_TELEPHONE, "second-telephone", viewModel.secondTelephoneProperty(),
                "another number, if any");
        TextField email = text(FormField.EMAIL, "email", viewModel.emailProperty(), "name@example.org");
        // not on the paper form: Tab goes by them while they are empty, as it follows the paper, and
        // Alt with the underlined letter of their label (Address line _3, Second _tel) goes to them
        passedByTabWhileEmpty(line2, line3, town);
        passedByTabWhileEmpty(tel, secondTel, email);
        mnemonic(line3, "Address line _3");
        mnemonic(secondTel, "Second _tel");
        section("For the register");
        choice(FormField.SECTOR, "sector", viewModel.sectorProperty(), "Choose the sector", Sector.values());
        TextField received = text(FormField.DATE_RECEIVED, "date-received", viewModel.dateReceivedProperty(), "dd/mm/yyyy");
        choice(FormField.HOW_RECEIVED, "how-received", viewModel.howReceivedProperty(), "How it came", HowReceived.values());
        TextArea notes = new TextArea();
        notes.setId("notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        place(FormField.NOTES, notes);

        signed.setMaxWidth(140);
        received.setMaxWidth(140);
        signed.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                viewModel.tidyDates();
            }
        });
        received.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                viewModel.tidyDates();
            }
        });
        tidyOnLeave(postcode, viewModel::tidyPostcode);
        tidyOnLeave(tel, viewModel::tidyTelephone);
        tidyOnLeave(secondTel, viewModel::tidySecondTelephone);
        tidyOnLeave(email, viewModel::tidyEmail);

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        Label standing = new Label();
        standing.setId("standing");
        standing.setWrapText(true);
        standing.setMaxWidth(Double.MAX_VALUE);
        standing.getStyleClass().add("standing");
        standing.textProperty().bind(viewModel.standingProperty());
        standing.managedProperty().bind(standing.textProperty().isNotEmpty());
        standing.visibleProperty().bind(standing.managedProperty());
        Label notice = new Label();
        notice.setId("changed-elsewhere");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.getStyleClass().add("changed-elsewhere");
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        root.setTop(new VBox(standing, notice, duplicatesWarning()));
        viewModel.versionChoiceProperty().addListener((obs, old, now) -> {
            if (choiceWindow != null) {
                choiceWindow.close();
                choiceWindow = null;
            }
            if (now != null) {
                choiceWindow = new VersionChoiceView(now, stage);
                choiceWindow.show();
            }
        });
        root.setBottom(buttons());
        Scene scene = ScreenFit.scene(root, 720, 860);
        scene.getStylesheets().add(MainWindow.class.getResource("register.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> save(false));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                () -> save(false));
        stage.setOnShown(event -> name.requestFocus());
        return scene;
    }

    private static ColumnConstraints columnThatGrows() {
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setFillWidth(true);
        return grow;
    }

    private void section(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("form-section");
        grid.add(heading, 0, row++, 2, 1);
    }

    private TextField text(FormField field, String id, StringProperty property, String prompt) {
        TextField input = new TextField();
        input.setId(id);
        input.setPromptText(prompt);
        input.textProperty().bindBidirectional(property);
        place(field, input);
        return input;
    }

    @SafeVarargs
    private <T> ComboBox<T> choice(FormField field, String id, ObjectProperty<T> property, String prompt, T... values) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setPromptText(prompt);
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        place(field, box);
        return box;
    }

    private void place(FormField field, Region input) {
        Label label = new Label(field.label() + (field.isRequired() ? " *" : ""));
        label.setLabelFor(input);
        label.getStyleClass().add("form-label");
        Label error = new Label();
        error.setId(input.getId() + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty(field));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        viewModel.errorProperty(field).addListener((obs, old, now) -> {
            input.getStyleClass().remove("has-error");
            if (!now.isEmpty()) {
                input.getStyleClass().add("has-error");
            }
        });
        VBox cell = new VBox(3, input, error);
        grid.add(label, 0, row);
        grid.add(cell, 1, row++);
    }

    /**
     * Tab from {@code before} goes to {@code after}, and Shift+Tab from {@code after} back to
     * {@code before}, while {@code extra} (between them) is empty; the mouse and its label's Alt key
     * still reach it.
     */
    private static void passedByTabWhileEmpty(TextField before, TextField extra, TextField after) {
        before.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isShiftDown() && !event.isShortcutDown()
                    && extra.getText().isEmpty()) {
                after.requestFocus();
                event.consume();
            }
        });
        after.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && event.isShiftDown() && !event.isShortcutDown()
                    && extra.getText().isEmpty()) {
                before.requestFocus();
                event.consume();
            }
        });
    }

    /** Underlines a letter of the field's label ("_" before it): Alt with that letter puts the cursor in the field. */
    private void mnemonic(TextField input, String labelText) {
        grid.getChildren().stream()
                .filter(node -> node instanceof Label label && label.getLabelFor() == input)
                .map(Label.class::cast)
                .findFirst()
                .ifPresent(label -> {
                    label.setMnemonicParsing(true);
                    label.setText(labelText);
                });
    }

    private static void tidyOnLeave(TextInputControl input, Runnable tidy) {
        input.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                tidy.run();
            }
        });
    }

    private Node duplicatesWarning() {
        VBox box = new VBox(6);
        box.setId("duplicates-warning");
        box.getStyleClass().add("duplicates-warning");
        Label heading = new Label();
        heading.setWrapText(true);
        heading.getStyleClass().add("warning-heading");
        VBox list = new VBox(4);
        Button saveAnyway = new Button("_Save anyway as a new signatory");
        saveAnyway.setMnemonicParsing(true);
        saveAnyway.setId("save-anyway");
        saveAnyway.setOnAction(event -> save(true));
        box.getChildren().setAll(heading, list, saveAnyway);
        box.visibleProperty().bind(Bindings.isNotEmpty(viewModel.possibleDuplicates()));
        box.managedProperty().bind(box.visibleProperty());
        viewModel.possibleDuplicates().addListener((ListChangeListener<Signatory>) change -> {
            heading.setText("This organisation may already be in the register. Open the existing record, or save "
                    + "this form anyway if it is a different organisation.");
            list.getChildren().clear();
            for (Signatory existing : viewModel.possibleDuplicates()) {
                Label text = new Label(existing.organisation() + " — " + existing.signatoryName() + ", "
                        + String.join(", ", existing.form().address().lines()) + " — signed "
                        + UkDate.formatShort(existing.form().dateSigned()) + ", " + existing.status().label());
                text.setWrapText(true);
                HBox.setHgrow(text, Priority.ALWAYS);
                Button open = new Button("Open existing");
                open.setMinWidth(Region.USE_PREF_SIZE);
                open.setOnAction(event -> viewModel.openExisting(existing));
                HBox line = new HBox(8, text, open);
                line.getStyleClass().add("duplicate-line");
                list.getChildren().add(line);
            }
        });
        return box;
    }

    private Node buttons() {
        Button save = new Button("Save");
        save.setId("save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(event -> save(false));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> {
            if (mayClose()) {
                stage.close();
            }
        });
        Label hint = new Label("* required    Enter saves · Esc cancels");
        hint.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, hint, spacer, cancel, save);
        bar.getStyleClass().add("button-bar");
        return bar;
    }

    private void save(boolean evenIfDuplicate) {
        viewModel.tidyDates();
        viewModel.save(evenIfDuplicate);
    }

    private boolean mayClose() {
        return !viewModel.hasChanges() || new FxDialogService(stage).confirm("Discard this form?",
                "What you typed in this form has not been saved. Close it and lose what you typed?", "Discard");
    }
}
