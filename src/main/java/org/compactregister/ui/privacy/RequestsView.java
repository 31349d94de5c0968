package org.compactregister.ui.privacy;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.model.SubjectAccessRequest;
import org.compactregister.model.UkDate;

/** The Subject access requests window: a new request by name, email or phone; the log, open first. */
public final class RequestsView {

    private final Stage stage = new Stage();

    public RequestsView(RequestsViewModel model, Window owner) {
        stage.initOwner(owner);
        stage.setTitle("Subject access requests");
        TextField person = new TextField();
        person.setId("request-person");
        person.setPromptText("Name, email or phone number of the person asking");
        person.textProperty().bindBidirectional(model.personProperty());
        HBox.setHgrow(person, Priority.ALWAYS);
        Button make = new Button("Make their pack…");
        make.setId("request-make");
        make.setDefaultButton(true);
        make.setOnAction(e -> model.makePack());
        Label summary = new Label();
        summary.setId("request-summary");
        summary.getStyleClass().add("privacy-summary");
        summary.textProperty().bind(model.summaryProperty());
        VBox top = new VBox(new Label("A new request: find the person across the register and make one zip of "
                + "everything held about them."), new HBox(8, person, make), summary);
        top.getStyleClass().add("privacy-top");

        TableView<SubjectAccessRequest> table = new TableView<>(model.requests());
        table.setId("request-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No requests logged."));
        table.getColumns().add(PrivacyTables.column("Request", 70, r -> String.valueOf(r.id())));
        table.getColumns().add(PrivacyTables.column("Person", 200, SubjectAccessRequest::person));
        table.getColumns().add(PrivacyTables.column("Received", 100, r -> UkDate.formatShort(r.receivedOn())));
        table.getColumns().add(PrivacyTables.column("State", 190, model::state));
        table.getColumns().add(PrivacyTables.column("Logged by", 100, SubjectAccessRequest::staff));
        table.getColumns().add(PrivacyTables.column("Records", 200, r -> String.join(", ", r.references())));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedProperty().set(now));

        Button answered = new Button("Mark answered");
        answered.setId("request-answered");
        answered.disableProperty().bind(model.selectedProperty().isNull());
        answered.setOnAction(e -> model.markAnswered());
        HBox buttons = PrivacyTables.buttons(stage, answered);

        Scene scene = new Scene(new BorderPane(table, top, null, buttons, null), 920, 520);
        scene.getStylesheets().add(PrivacyTables.STYLE_SHEET);
        stage.setScene(scene);
        model.load();
    }

    public void show() {
        stage.show();
    }
}
