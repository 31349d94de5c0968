package org.compactregister.ui;

import static org.compactregister.ui.TourSteps.after;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Not a test: opens the real main window on a register (filled with sample signatories when empty),
 * chooses each menu item named on the command line in turn, as staff would, with the first
 * signatory selected, and saves a picture of every window then open, for looking at a screen's
 * size under Xvfb: {@code java -cp ... org.compactregister.ui.WindowsTour DB OUT_FOLDER "Menu item…" ...}.
 */
public final class WindowsTour {

    public static void main(String[] args) {
        TourSteps.launch(Path.of(args[0]), (stage, services, executor) -> {
            File out = new File(args[1]);
            List<String> items = List.of(args).subList(2, args.length);
            long at = 2500;
            after(at, () -> stage.getScene().getRoot().lookupAll("#register-table").forEach(table ->
                    ((TableView<?>) table).getSelectionModel().selectFirst()));
            for (String item : items) {
                at += 1000;
                after(at, () -> choose(stage, item));
                at += 3500;
                String name = item.replaceAll("[^A-Za-z]+", "-").toLowerCase(Locale.ROOT);
                after(at, () -> snapAll(out, name));
                at += 500;
                after(at, () -> Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage).toList()
                        .forEach(w -> ((Stage) w).close()));
            }
            after(at + 1000, () -> TourSteps.finish(services));
        });
    }

    private static void choose(Stage stage, String text) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (text.equals(item.getText())) {
                    item.fire();
                    return;
                }
            }
        }
        System.out.println("no menu item " + text);
    }

    private static void snapAll(File out, String name) {
        int i = 0;
        for (Window window : List.copyOf(Window.getWindows())) {
            if (!(window instanceof Stage) || window.getScene() == null) {
                continue;
            }
            File file = new File(out, name + "-" + i++ + ".png");
            TourSteps.snap(window.getScene(), file);
            System.out.printf("%s: %s %.0f×%.0f%n", file.getName(),
                    window instanceof Stage s ? s.getTitle() : "", window.getWidth(), window.getHeight());
        }
    }

}
