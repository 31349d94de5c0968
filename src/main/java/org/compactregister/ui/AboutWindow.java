package org.compactregister.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.compactregister.model.RegisterLocation;
import org.compactregister.service.AboutInfo;

/**
 * Help > About: the version, where the register and the log are (in fields, to copy into an email
 * to whoever helps), the Java and JavaFX that run the app, and the licences of what it carries.
 */
public final class AboutWindow {

    private AboutWindow() {
    }

    /** Opens About over {@code owner} for the open register at {@code registerFile}. */
    public static Stage show(Window owner, Path registerFile) {
        return show(owner, AboutInfo.of(registerFile));
    }

    /** Opens About over {@code owner} for the open register at {@code location}, signed in as {@code staff}. */
    public static Stage show(Window owner, RegisterLocation location, String staff) {
        return show(owner, AboutInfo.of(location, staff));
    }

    private static Stage show(Window owner, AboutInfo about) {
        Label title = new Label("Compact Register " + about.version());
        title.getStyleClass().add("title-3");
        Label subtitle = new Label("The register of the organisations that sign the local Compact.");
        ImageView icon = new ImageView(new Image(AboutWindow.class.getResourceAsStream(
                "/assets/icons/compact-register-64.png")));
        HBox heading = new HBox(16, icon, new VBox(4, title, subtitle));

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        row(facts, 0, "Register", about.register());
        row(facts, 1, "Log", about.logFolder().map(folder -> folder.resolve("compact-register.log").toString())
                .orElse("none: no folder this user may write was found"));
        row(facts, 2, "Java", about.java());
        row(facts, 3, "JavaFX", about.javaFx());

        Label licencesLabel = new Label("Fonts and libraries it carries, and their licences");
        TextArea licences = new TextArea(AboutInfo.licences());
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setId("about-licences");
        licences.setStyle("-fx-font-family: monospace;");
        VBox.setVgrow(licences, Priority.ALWAYS);

        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setStyle("-fx-alignment: center-right;");

        VBox root = new VBox(14, heading, facts, licencesLabel, licences, buttons);
        root.setPadding(new Insets(20));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("About Compact Register");
        stage.setScene(new Scene(root, 760, 620));
        stage.show();
        return stage;
    }

    private static void row(GridPane grid, int row, String name, String value) {
        Label label = new Label(name);
        label.setStyle("-fx-font-weight: bold;");
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField field = new TextField(value);
        field.setEditable(false);
        field.setId("about-" + name.toLowerCase(Locale.ROOT));
        field.setPrefColumnCount(52);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row, label, field);
    }
}
