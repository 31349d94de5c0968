package org.compactregister.ui.letters;

import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.ui.ScreenFit;

/** The letters as they will print, page by page, with Print, Save as PDF and Mark as sent. */
public final class LetterPreviewView {

    private final Stage stage = new Stage();
    private final LetterPreviewViewModel model;

    public LetterPreviewView(Window owner, LetterPreviewViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.titleProperty().bind(model.headingProperty());

        Label heading = new Label();
        heading.textProperty().bind(model.headingProperty());
        heading.getStyleClass().add("letters-heading");
        Label message = new Label();
        message.setId("letters-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label refusals = new Label();
        refusals.setId("letters-refused");
        refusals.setWrapText(true);
        refusals.getStyleClass().add("letters-refused");
        refusals.textProperty().bind(model.refusalsProperty());
        refusals.visibleProperty().bind(model.refusalsProperty().isNotEmpty());
        refusals.managedProperty().bind(refusals.visibleProperty());
        ScrollPane refusalsScroll = new ScrollPane(refusals);
        refusalsScroll.setFitToWidth(true);
        refusalsScroll.setMaxHeight(110);
        refusalsScroll.visibleProperty().bind(refusals.visibleProperty());
        refusalsScroll.managedProperty().bind(refusals.visibleProperty());
        VBox top = new VBox(6, heading, message, refusalsScroll);
        top.getStyleClass().add("letters-top");

        ImageView pageView = new ImageView();
        pageView.setId("letter-page");
        pageView.setPreserveRatio(true);
        pageView.imageProperty().bind(Bindings.createObjectBinding(() -> model.pageProperty().get() == null ? null
                : SwingFXUtils.toFXImage(model.pageProperty().get(), null), model.pageProperty()));
        StackPane paper = new StackPane(pageView);
        paper.getStyleClass().add("letter-desk");
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);

        ProgressBar bar = new ProgressBar();
        bar.setId("letters-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(model.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("letters-cancel");
        cancel.setOnAction(e -> model.cancel());
        Label making = new Label();
        making.textProperty().bind(model.messageProperty());
        VBox working = new VBox(12, making, bar, cancel);
        working.setAlignment(Pos.CENTER);
        working.getStyleClass().add("letters-working");
        working.visibleProperty().bind(model.makingProperty());
        StackPane centre = new StackPane(scroll, working);

        Button previous = new Button("◀ Previous page");
        previous.setOnAction(e -> model.previousPage());
        previous.disableProperty().bind(model.pageIndexProperty().lessThanOrEqualTo(0));
        Label pageLabel = new Label();
        pageLabel.setId("letters-page-label");
        pageLabel.textProperty().bind(model.pageLabelProperty());
        Button next = new Button("Next page ▶");
        next.setOnAction(e -> model.nextPage());
        next.disableProperty().bind(model.pageIndexProperty().greaterThanOrEqualTo(model.pageCountProperty().subtract(1)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button print = new Button("Print…");
        print.setId("letters-print");
        print.setDefaultButton(true);
        print.setOnAction(e -> model.print());
        Button save = new Button("Save as PDF…");
        save.setId("letters-save");
        save.setOnAction(e -> model.saveAsPdf());
        var noLetters = model.hasLetters().not().or(model.busyProperty());
        print.disableProperty().bind(noLetters);
        save.disableProperty().bind(noLetters);
        Button mark = new Button("Mark as sent…");
        mark.setId("letters-mark");
        mark.setOnAction(e -> model.markAsSent());
        mark.disableProperty().bind(noLetters.or(model.markedProperty()));
        mark.visibleProperty().bind(model.canMarkProperty());
        mark.managedProperty().bind(mark.visibleProperty());
        Button close = new Button("Close");
        close.setId("letters-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, previous, pageLabel, next, spacer, print, save, mark, close);
        buttons.getStyleClass().add("letters-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(centre, top, null, buttons, null);
        Scene scene = ScreenFit.scene(root, 900, 860);
        scene.getStylesheets().add(LetterPreviewView.class.getResource("letters.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                model.nextPage();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                model.previousPage();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> model.close());
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
