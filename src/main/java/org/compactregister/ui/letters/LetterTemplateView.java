package org.compactregister.ui.letters;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.model.LetterField;
import org.compactregister.ui.ScreenFit;

/** The letter template editor: the wording on the left, a preview of a letter from it on the right. */
public final class LetterTemplateView {

    private final Stage stage = new Stage();
    private final LetterTemplateViewModel model;
    private int row;

    public LetterTemplateView(Window owner, LetterTemplateViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Letter template");

        GridPane form = new GridPane();
        form.getStyleClass().add("letter-template");
        ColumnConstraints labels = new ColumnConstraints(120);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, inputs);
        section(form, "Sender (top right of the letter)");
        field(form, "Organisation", text("template-sender-name", model.senderNameProperty()));
        TextArea address = area("template-sender-address", model.senderAddressProperty(), 4);
        field(form, "Address", address);
        field(form, "Telephone", text("template-sender-phone", model.senderPhoneProperty()));
        field(form, "Email", text("template-sender-email", model.senderEmailProperty()));
        Label logoState = new Label();
        logoState.textProperty().bind(Bindings.createStringBinding(() -> model.logoProperty().get() == null
                ? "No logo" : model.logoProperty().get().length / 1024 + " KB picture", model.logoProperty()));
        logoState.setMinWidth(Region.USE_PREF_SIZE);
        Button chooseLogo = new Button("Choose…");
        chooseLogo.setId("template-choose-logo");
        chooseLogo.setOnAction(e -> model.chooseLogo());
        Button shipped = new Button("Shipped logo");
        shipped.setOnAction(e -> model.useShippedLogo());
        Button removeLogo = new Button("No logo");
        removeLogo.setOnAction(e -> model.removeLogo());
        FlowPane logoRow = new FlowPane(8, 6, logoState, chooseLogo, shipped, removeLogo);
        logoRow.setAlignment(Pos.CENTER_LEFT);
        field(form, "Logo", logoRow);

        section(form, "Letter");
        field(form, "Subject", text("template-subject", model.subjectProperty()));
        TextArea body = area("template-body", model.bodyProperty(), 14);
        field(form, "Body", body);
        FlowPane fields = new FlowPane(6, 6);
        for (LetterField letterField : LetterField.values()) {
            Button insert = new Button(letterField.placeholder());
            insert.getStyleClass().add("small");
            insert.setTooltip(new Tooltip("Insert " + letterField.meaning()));
            insert.setOnAction(e -> {
                model.insertField(letterField, body.getCaretPosition());
                body.requestFocus();
            });
            fields.getChildren().add(insert);
        }
        Label help = new Label("Fields in braces are filled in for each signatory. Click one to put it in the body "
                + "where the cursor is. Leave an empty line between paragraphs. \"Dear <name>,\" comes before "
                + "the subject.");
        help.setWrapText(true);
        help.getStyleClass().add("field-help");
        field(form, "Fields", new VBox(6, fields, help));
        field(form, "Greeting when there is no name", text("template-no-name", model.noNameGreetingProperty()));

        section(form, "Signature");
        field(form, "Name", text("template-signature-name", model.signatureNameProperty()));
        field(form, "Role", text("template-signature-role", model.signatureRoleProperty()));
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);

        ImageView preview = new ImageView();
        preview.setId("template-preview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(560);
        preview.imageProperty().bind(Bindings.createObjectBinding(() -> model.previewProperty().get() == null ? null
                : SwingFXUtils.toFXImage(model.previewProperty().get(), null), model.previewProperty()));
        StackPane paper = new StackPane(preview);
        paper.getStyleClass().add("letter-desk");
        ScrollPane previewScroll = new ScrollPane(paper);
        previewScroll.setFitToWidth(true);
        Label previewMessage = new Label();
        previewMessage.setId("template-preview-message");
        previewMessage.setWrapText(true);
        previewMessage.textProperty().bind(model.previewMessageProperty());
        Button refresh = new Button("Refresh preview");
        refresh.setId("template-refresh-preview");
        refresh.setOnAction(e -> model.refreshPreview());
        VBox previewPane = new VBox(8, new HBox(8, refresh, previewMessage), previewScroll);
        previewPane.getStyleClass().add("letters-top");
        VBox.setVgrow(previewScroll, Priority.ALWAYS);

        SplitPane split = new SplitPane(formScroll, previewPane);
        split.setDividerPositions(0.5);

        Label version = new Label();
        version.setId("template-version");
        version.getStyleClass().add("template-version");
        version.textProperty().bind(model.versionTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button("Save template");
        save.setId("template-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.loadedProperty().not());
        save.setOnAction(e -> model.save(model::refreshPreview));
        Button close = new Button("Close");
        close.setId("template-close");
        close.setOnAction(e -> {
            if (model.mayClose()) {
                stage.close();
            }
        });
        HBox buttons = new HBox(8, version, spacer, save, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("letters-buttons");

        Scene scene = ScreenFit.scene(new BorderPane(split, null, null, buttons, null), 1280, 860);
        scene.getStylesheets().add(LetterTemplateView.class.getResource("letters.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!model.mayClose()) {
                e.consume();
            }
        });
    }

    private void section(GridPane form, String title) {
        Label label = new Label(title);
        label.getStyleClass().add("section");
        form.add(label, 0, row++, 2, 1);
    }

    private void field(GridPane form, String label, Node input) {
        Label name = new Label(label);
        name.setWrapText(true);
        form.add(name, 0, row);
        form.add(input, 1, row++);
        GridPane.setHgrow(input, Priority.ALWAYS);
        GridPane.setValignment(name, VPos.TOP);
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextArea area(String id, StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    public void show() {
        stage.show();
        model.load();
    }

    public Stage stage() {
        return stage;
    }
}
