package org.compactregister.ui;

import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.compactregister.service.Services;
import org.compactregister.form.FormService;
import org.compactregister.ui.forms.FormsMenu;
import org.compactregister.ui.forms.FormsViewModel;
import org.compactregister.ui.io.ToolsMenu;
import org.compactregister.ui.letters.LettersMenu;
import org.compactregister.ui.lists.ListsMenu;
import org.compactregister.ui.privacy.HistoryPanel;
import org.compactregister.ui.privacy.PrivacyMenu;
import org.compactregister.ui.privacy.RegisterPasswordViewModel;
import org.compactregister.ui.register.OpenForms;
import org.compactregister.ui.register.RegisterView;
import org.compactregister.ui.register.RegisterViewModel;
import org.compactregister.ui.register.SignatoryFormView;
import org.compactregister.ui.register.SignatoryFormViewModel;
import org.compactregister.ui.scan.InboxView;
import org.compactregister.ui.scan.InboxViewModel;
import org.compactregister.ui.scan.ScanAttachments;
import org.compactregister.ui.scan.ScansPanel;

/**
 * The main window: the menus, the register, and a status line with the database file and a busy
 * bar; and the commitment forms opened from it, each in a window of its own.
 */
public final class MainWindow {

    private final Stage stage;
    private final Services services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final OpenForms openForms;
    private final RegisterViewModel registerViewModel;
    private final ScanAttachments scans;
    private final RegisterView registerView;
    private final Consumer<Services> onReopened;

    public MainWindow(Stage stage, Services services, TaskExecutor executor) {
        this(stage, services, executor, reopened -> new MainWindow(stage, reopened, executor).show());
    }

    /** {@code onReopened} gets the register when a restore has closed and reopened it. */
    public MainWindow(Stage stage, Services services, TaskExecutor executor, Consumer<Services> onReopened) {
        this.onReopened = onReopened;
        this.stage = stage;
        this.services = services;
        this.executor = executor;
        this.dialogs = new FxDialogService(stage);
        this.openForms = new OpenForms(dialogs, this::showForm);
        this.registerViewModel = new RegisterViewModel(services.register(), services.sampleData(), executor, dialogs,
                openForms);
        this.scans = new ScanAttachments(services, executor, dialogs, openForms, registerViewModel::refresh);
        this.registerView = new RegisterView(registerViewModel, scans::attachDropped);
    }

    public void show() {
        BorderPane root = new BorderPane();
        root.setTop(menus());
        root.setCenter(registerView.root());
        root.setBottom(statusLine());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
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

    /** True when the register may close: no open form holds unsaved typing, or the user agrees to lose it. */
    public boolean mayClose() {
        return openForms.mayCloseRegister();
    }

    private MenuBar menus() {
        MenuItem newForm = item("New commitment form…", "Shortcut+N", registerViewModel::openNewForm);
        MenuItem find = item("Find", "Shortcut+F", registerView::focusSearch);
        MenuItem samples = item("Fill with sample signatories", null, registerViewModel::fillWithSamples);
        MenuItem quit = item("Quit", "Shortcut+Q",
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        RegisterPasswordViewModel passwordModel = new RegisterPasswordViewModel(services, executor, dialogs, onReopened);
        MenuItem password = item("Register password…", null, passwordModel::open);
        password.setId("menu-register-password");
        Menu file = new Menu("File", null, newForm, find, new SeparatorMenuItem(), samples,
                new SeparatorMenuItem(), password, new SeparatorMenuItem(), quit);

        MenuItem edit = item("Open selected signatory", "Shortcut+O", registerViewModel::openSelected);
        MenuItem withdraw = item("Record withdrawal…", null, registerViewModel::withdrawSelected);
        MenuItem delete = item("Delete…", null, registerViewModel::deleteSelected);
        edit.disableProperty().bind(registerViewModel.selectedProperty().isNull());
        withdraw.disableProperty().bind(registerViewModel.selectedProperty().isNull());
        delete.disableProperty().bind(registerViewModel.selectedProperty().isNull());
        Menu signatory = new Menu("Signatory", null, edit, withdraw, new SeparatorMenuItem(), delete);

        Menu scanMenu = new Menu("Scans", null, item("Scan inbox…", "Shortcut+I", this::openInbox),
                item("Set inbox folder…", null, this::chooseInboxFolder));
        Menu letters = new LettersMenu(stage, services, executor, dialogs, registerViewModel.selectedProperty(),
                registerViewModel::refresh).menu();
        Menu tools = new ToolsMenu(services, executor, dialogs, stage, registerViewModel::refresh, onReopened).menu();
        Menu forms = FormsMenu.create(new FormsViewModel(new FormService(services), executor, dialogs),
                registerViewModel.chosen());
        Menu help = new Menu("Help", null, item("About Compact Register", null,
                () -> AboutWindow.show(stage, services.databaseFile())));
        Menu privacy = new PrivacyMenu(stage, services, executor, dialogs, registerViewModel.selectedProperty(),
                registerViewModel::refresh).menu();
        MenuBar bar = new MenuBar(file, signatory, scanMenu, letters, forms,
                ListsMenu.create(stage, services, executor, dialogs), tools, privacy, help);
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

    /** A commitment form in a window of its own; a saved signatory's form has its scans beside it. */
    private void showForm(SignatoryFormViewModel form) {
        SignatoryFormView view = new SignatoryFormView(form, stage);
        form.opened().ifPresent(signatory -> {
            FxDialogService formDialogs = new FxDialogService(view.stage());
            ScansPanel panel = new ScansPanel(scans.panelFor(signatory, formDialogs));
            HistoryPanel history = PrivacyMenu.historyOf(services, executor, formDialogs, signatory.id());
            SplitPane beside = new SplitPane(panel.root(), history.root());
            beside.setOrientation(Orientation.VERTICAL);
            beside.setDividerPositions(0.55);
            view.addPanel(beside, false, 420);
            panel.refresh();
        });
        view.show();
    }

    private void openInbox() {
        new InboxView(scans.inbox(), stage).show();
    }

    private void chooseInboxFolder() {
        InboxViewModel inbox = scans.inbox();
        if (inbox.chooseFolder()) {
            new InboxView(inbox, stage).show();
        }
    }
}
