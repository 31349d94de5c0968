package org.compactregister.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.compactregister.service.SampleDataService;
import org.compactregister.service.Services;
import org.compactregister.ui.lists.ListsMenu;
import org.compactregister.ui.register.RegisterView;
import org.compactregister.ui.register.RegisterViewModel;

/** The main window: the menus, the register, and a status line with the database file and a busy bar. */
public final class MainWindow {

    private final Stage stage;
    private final Services services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final RegisterViewModel registerViewModel;
    private final RegisterView registerView;
    private final java.util.function.Consumer<Services> onReopened;

    public MainWindow(Stage stage, Services services, TaskExecutor executor) {
        this(stage, services, executor, reopened -> new MainWindow(stage, reopened, executor).show());
    }

    /** {@code onReopened} gets the register when a restore has closed and reopened it. */
    public MainWindow(Stage stage, Services services, TaskExecutor executor,
                      java.util.function.Consumer<Services> onReopened) {
        this.onReopened = onReopened;
        this.stage = stage;
        this.services = services;
        this.executor = executor;
        this.dialogs = new FxDialogService(stage);
        this.registerViewModel = new RegisterViewModel(services.register(), executor, dialogs);
        this.registerView = new RegisterView(registerViewModel, executor, dialogs, stage);
    }

    public void show() {
        BorderPane root = new BorderPane();
        root.setTop(menus());
        root.setCenter(registerView.root());
        root.setBottom(statusLine());
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1360, screen.getWidth() - 40), Math.min(820, screen.getHeight() - 40));
        scene.getStylesheets().add(MainWindow.class.getResource("register.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Compact Register — " + services.databaseFile().getFileName());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.centerOnScreen();
        stage.show();
        registerViewModel.refresh();
        registerView.focusSearch();
    }

    private MenuBar menus() {
        MenuItem newForm = item("New commitment form…", "Shortcut+N", registerView::openNewForm);
        MenuItem find = item("Find", "Shortcut+F", registerView::focusSearch);
        MenuItem samples = item("Fill with sample signatories", null, this::fillWithSamples);
        MenuItem quit = item("Quit", "Shortcut+Q",
                () -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("File", null, newForm, find, new SeparatorMenuItem(), samples,
                new SeparatorMenuItem(), quit);

        MenuItem edit = item("Open selected signatory", "Shortcut+O", registerView::openSelected);
        MenuItem withdraw = item("Record withdrawal…", null, registerView::withdrawSelected);
        MenuItem delete = item("Delete…", null, registerView::deleteSelected);
        edit.disableProperty().bind(registerViewModel.selectedProperty().isNull());
        withdraw.disableProperty().bind(registerViewModel.selectedProperty().isNull());
        delete.disableProperty().bind(registerViewModel.selectedProperty().isNull());
        Menu signatory = new Menu("Signatory", null, edit, withdraw, new SeparatorMenuItem(), delete);

        // Letters, lists and tools add their menus here as they arrive.
        Menu tools = new org.compactregister.ui.io.ToolsMenu(services, executor, dialogs, stage,
                registerViewModel::refresh, onReopened).menu();
        MenuBar bar = new MenuBar(file, signatory,
                new org.compactregister.ui.scan.ScansMenu(stage, services, executor, dialogs, registerView, registerViewModel::refresh).menu(),
                new org.compactregister.ui.letters.LettersMenu(stage, services, executor, dialogs,
                        registerViewModel.selectedProperty(), registerViewModel::refresh).menu(),
                ListsMenu.create(stage, services, executor, dialogs),
                tools);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private HBox statusLine() {
        Label file = new Label("Register: " + services.databaseFile());
        file.getStyleClass().add("status-text");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(executor.busyProperty());
        Label working = new Label("Working…");
        working.visibleProperty().bind(executor.busyProperty());
        HBox line = new HBox(8, file, spacer, working, busy);
        line.getStyleClass().add("status-line");
        return line;
    }

    private void fillWithSamples() {
        if (!dialogs.confirm("Fill with sample signatories?", "This adds " + SampleDataService.DEFAULT_COUNT
                + " fictional organisations to the register, so you can try everything out. It only works on an "
                + "empty register: start the app with another --db file to keep real entries apart.", "Fill")) {
            return;
        }
        executor.execute(BackgroundTask.of("Adding sample signatories",
                        progress -> services.sampleData().fillEmptyRegister(SampleDataService.DEFAULT_COUNT))
                .onSuccess(count -> registerViewModel.refresh())
                .onFailure(problem -> dialogs.showError("No sample signatories were added", Problems.describe(problem))));
    }

    public RegisterView registerView() {
        return registerView;
    }
}
