package org.compactregister.ui.privacy;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.model.RetentionItem;
import org.compactregister.model.UkDate;

/** The Retention window: the periods, what is due with its rule, and Remove / Remove all. */
public final class RetentionView {

    private final Stage stage = new Stage();

    public RetentionView(RetentionViewModel model, Window owner) {
        stage.initOwner(owner);
        stage.setTitle("Retention");
        GridPane periods = new GridPane();
        periods.getStyleClass().add("privacy-filters");
        periods.addRow(0, new Label("Keep personal details of withdrawn signatories for"),
                number("retention-personal", model.personalYearsProperty()), new Label("years after withdrawal"));
        periods.addRow(1, new Label("Keep scanned forms for"), number("retention-scans", model.scanYearsProperty()),
                new Label("years after acknowledgement"));
        periods.addRow(2, new Label("Keep automatic backups for"), number("retention-backups",
                model.backupDaysProperty()), new Label("days (0: keep them all; the newest is always kept)"));
        Button save = new Button("Save periods");
        save.setId("retention-save");
        save.setOnAction(e -> model.savePeriods());
        Label summary = new Label();
        summary.setId("retention-summary");
        summary.getStyleClass().add("privacy-summary");
        summary.textProperty().bind(model.summaryProperty());
        VBox top = new VBox(periods, new HBox(8, save, summary));
        top.getStyleClass().add("privacy-top");

        TableView<RetentionItem> table = new TableView<>(model.due());
        table.setId("retention-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nothing is due."));
        table.getColumns().add(PrivacyTables.column("What", 130, i -> i.kind().label()));
        table.getColumns().add(PrivacyTables.column("Of", 300, RetentionItem::what));
        table.getColumns().add(PrivacyTables.column("Due since", 100, i -> UkDate.formatShort(i.dueSince())));
        table.getColumns().add(PrivacyTables.column("Rule", 300, RetentionItem::rule));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedProperty().set(now));

        Button one = new Button("Remove selected…");
        one.setId("retention-apply-one");
        one.disableProperty().bind(model.selectedProperty().isNull());
        one.setOnAction(e -> model.applySelected());
        Button all = new Button("Remove all due…");
        all.setId("retention-apply-all");
        all.setOnAction(e -> model.applyAll());
        HBox buttons = PrivacyTables.buttons(stage, one, all);

        Scene scene = new Scene(new BorderPane(table, top, null, buttons, null), 940, 520);
        scene.getStylesheets().add(PrivacyTables.STYLE_SHEET);
        stage.setScene(scene);
        model.load();
    }

    private static TextField number(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public void show() {
        stage.show();
    }
}
