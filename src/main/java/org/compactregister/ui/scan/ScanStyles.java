package org.compactregister.ui.scan;

import javafx.scene.Scene;
import org.compactregister.ui.MainWindow;

/** The register's style sheet and the scans' own, for the scans' windows. */
final class ScanStyles {

    private ScanStyles() {
    }

    static void addTo(Scene scene) {
        scene.getStylesheets().add(MainWindow.class.getResource("register.css").toExternalForm());
        addScansTo(scene);
    }

    /** Only the scans' sheet, for a window that has the register's already. */
    static void addScansTo(Scene scene) {
        String sheet = ScanStyles.class.getResource("scans.css").toExternalForm();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
    }
}
