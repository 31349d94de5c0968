package org.compactregister.ui.scan;

import java.awt.image.BufferedImage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A line of a scans list: the first page small, then the name and what it is. */
abstract class ScanCell<T> extends ListCell<T> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final double THUMBNAIL_WIDTH = 64;

    private final ImageView thumbnail = new ImageView();
    private final Label noPreview = new Label("No\npreview");
    private final Label name = new Label();
    private final Label kind = new Label();
    private final Label when = new Label();
    private final HBox line;

    ScanCell() {
        thumbnail.setFitWidth(THUMBNAIL_WIDTH);
        thumbnail.setFitHeight(THUMBNAIL_WIDTH * 1.42);
        thumbnail.setPreserveRatio(true);
        thumbnail.setSmooth(true);
        thumbnail.getStyleClass().add("scan-thumbnail");
        noPreview.getStyleClass().add("scan-no-preview");
        noPreview.setMinSize(THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 1.3);
        StackPane frame = new StackPane(thumbnail, noPreview);
        frame.setMinWidth(THUMBNAIL_WIDTH);
        name.getStyleClass().add("scan-name");
        kind.getStyleClass().add("scan-detail");
        when.getStyleClass().add("scan-detail");
        VBox words = new VBox(2, name, kind, when);
        line = new HBox(frame, words);
        line.getStyleClass().add("scan-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        BufferedImage small = thumbnailOf(item);
        thumbnail.setImage(small == null ? null : SwingFXUtils.toFXImage(small, null));
        noPreview.setVisible(small == null);
        name.setText(nameOf(item));
        kind.setText(kindOf(item));
        when.setText(whenOf(item));
        setGraphic(line);
    }

    static String at(Instant instant) {
        return WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    abstract BufferedImage thumbnailOf(T item);

    abstract String nameOf(T item);

    abstract String kindOf(T item);

    abstract String whenOf(T item);
}
