package org.compactregister.io;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The cold start baseline, run in its own JVM by {@link RegisterBenchmark}: a bare JavaFX window
 * with a text field and a table of one row, nothing else; prints "usable N" (milliseconds since
 * the JVM started) at the window's second pulse, when it has been drawn once.
 */
public final class BareWindowProbe {

    private BareWindowProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class);
    }

    /** The window itself (JavaFX starts it; it must be public). */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            TableView<String> table = new TableView<>();
            TableColumn<String, String> column = new TableColumn<>("Organisation");
            column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(cell.getValue()));
            table.getColumns().add(column);
            table.getItems().add("A row");
            BorderPane root = new BorderPane(table);
            root.setTop(new TextField());
            stage.setScene(new Scene(root, 1200, 800));
            stage.show();
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        long millis = System.currentTimeMillis()
                                - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("usable " + millis);
                        System.out.flush();
                        Platform.exit();
                        Runtime.getRuntime().halt(0);
                    }
                }
            }.start();
        }
    }
}
