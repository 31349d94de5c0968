package org.compactregister.ui.privacy;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.model.AuditAction;
import org.compactregister.ui.FilterChoices;

/** The register-wide Audit window: filters (who, from, to, what, record), the changes, Save as CSV. */
public final class AuditView {

    private final Stage stage = new Stage();

    public AuditView(AuditViewModel model, Window owner) {
        stage.initOwner(owner);
        stage.setTitle("Audit trail");
        TextField staff = new TextField();
        staff.setId("audit-staff");
        staff.setPromptText("any");
        staff.textProperty().bindBidirectional(model.staffProperty());
        DatePicker from = PrivacyTables.datePicker("audit-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = PrivacyTables.datePicker("audit-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<AuditAction> what = FilterChoices.of("Any change", AuditAction.values());
        what.setId("audit-action");
        what.valueProperty().bindBidirectional(model.actionProperty());
        TextField reference = new TextField();
        reference.setId("audit-reference");
        reference.setPromptText("CS-000042");
        reference.textProperty().bindBidirectional(model.referenceProperty());
        Button show = new Button("Show");
        show.setId("audit-show");
        show.setDefaultButton(true);
        show.setOnAction(e -> model.search());

        GridPane filters = new GridPane();
        filters.getStyleClass().add("privacy-filters");
        filters.addRow(0, new Label("Staff member"), staff, new Label("From"), from, new Label("To"), to);
        filters.addRow(1, new Label("What"), what, new Label("Record"), reference, new Label(""), show);
        Label summary = new Label();
        summary.setId("audit-summary");
        summary.getStyleClass().add("privacy-summary");
        summary.textProperty().bind(model.summaryProperty());
        VBox top = new VBox(filters, summary);
        top.getStyleClass().add("privacy-top");

        TableView<AuditRow> table = PrivacyTables.audit(model.rows(), true, true);
        table.setId("audit-table");
        Button export = new Button("Save as CSV…");
        export.setId("audit-export");
        export.setOnAction(e -> model.exportCsv());
        HBox buttons = PrivacyTables.buttons(stage, export);

        Scene scene = new Scene(new BorderPane(table, top, null, buttons, null), 1180, 640);
        scene.getStylesheets().add(PrivacyTables.STYLE_SHEET);
        stage.setScene(scene);
        model.search();
    }

    public void show() {
        stage.show();
    }
}
