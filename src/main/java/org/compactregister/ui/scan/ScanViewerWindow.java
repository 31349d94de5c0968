package org.compactregister.ui.scan;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A kept scan in a window of its own; closing the window releases the scan. */
final class ScanViewerWindow {

    private ScanViewerWindow() {
    }

    static void show(Window owner, String title, ScanViewerViewModel viewModel) {
        ScanViewerView view = new ScanViewerView(viewModel);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        double height = Math.min(900, Screen.getPrimary().getVisualBounds().getHeight() - 60);
        Scene scene = new Scene(new BorderPane(view.root()), 820, height);
        ScanStyles.addTo(scene);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        view.showHint("Page Down / Page Up: next / previous page   + / -: zoom   W: fit width   1: actual size   L / R: turn   Esc: close");
        stage.setScene(scene);
        stage.setOnHidden(event -> viewModel.close());
        stage.show();
        view.root().requestFocus();
        viewModel.open();
    }
}
