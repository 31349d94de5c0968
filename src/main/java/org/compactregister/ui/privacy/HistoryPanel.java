package org.compactregister.ui.privacy;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.compactregister.service.RegisterChanges;

/** A signatory's History in its form window: every recorded change to it, newest first. */
public final class HistoryPanel {

    private final VBox root;
    private final AuditViewModel model;

    public HistoryPanel(AuditViewModel model) {
        this.model = model;
        Label heading = new Label("History");
        heading.getStyleClass().add("history-heading");
        Label summary = new Label();
        summary.setId("changes-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("privacy-summary");
        summary.textProperty().bind(model.summaryProperty());
        TableView<AuditRow> table = new TableView<>(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No recorded changes."));
        table.getColumns().add(PrivacyTables.column("When", 128, AuditRow::when));
        table.getColumns().add(PrivacyTables.column("By", 70, AuditRow::staff));
        table.getColumns().add(PrivacyTables.column("Change", 400, AuditRow::change));
        table.setId("history-changes");
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(heading, summary, table);
        root.getStyleClass().add("history-panel");
        root.getStylesheets().add(PrivacyTables.STYLE_SHEET);
    }

    public Node root() {
        return root;
    }

    /** Reads the history again. */
    public void refresh() {
        model.search();
    }

    /**
     * Keeps the history up to date with {@code changes} (saves here and on other PCs) until the
     * returned subscription is closed (when the form's window closes).
     */
    public RegisterChanges.Subscription follow(RegisterChanges changes) {
        return model.followChanges(changes);
    }
}
