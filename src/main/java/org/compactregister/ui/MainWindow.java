package org.compactregister.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
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
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.compactregister.form.FormService;
import org.compactregister.model.RegisterLocation;
import org.compactregister.service.Services;
import org.compactregister.ui.forms.FormsMenu;
import org.compactregister.ui.forms.FormsViewModel;
import org.compactregister.ui.io.ToolsMenu;
import org.compactregister.ui.letters.LettersMenu;
import org.compactregister.ui.lists.ListsMenu;
import org.compactregister.ui.privacy.HistoryPanel;
import org.compactregister.ui.privacy.PrivacyMenu;
import org.compactregister.ui.privacy.RegisterPasswordViewModel;
import org.compactregister.ui.register.FirstPage;
import org.compactregister.ui.register.OpenForms;
import org.compactregister.ui.register.RegisterView;
import org.compactregister.ui.register.RegisterViewModel;
import org.compactregister.ui.register.SignatoryFormView;
import org.compactregister.ui.register.SignatoryFormViewModel;
import org.compactregister.ui.scan.InboxView;
import org.compactregister.ui.scan.InboxViewModel;
import org.compactregister.ui.scan.ScanAttachments;
import org.compactregister.ui.scan.ScansPanel;
import org.compactregister.ui.shared.ConnectDialog;
import org.compactregister.ui.shared.ConnectViewModel;

/**
 * The main window: the menus, the register, and a status line with the register (its file, or the
 * shared register's server), who is signed in, and a busy bar; and the commitment forms opened from it, each in a window of its own.
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
    private final Consumer<Services> onConnected;

    public MainWindow(Stage stage, Services services, TaskExecutor executor) {
        this(stage, services, executor, reopened -> new MainWindow(stage, reopened, executor).show());
    }

    /** {@code onReopened} gets the register when a restore has closed and reopened it. */
    public MainWindow(Stage stage, Services services, TaskExecutor executor, Consumer<Services> onReopened) {
        this(stage, services, executor, onReopened, onReopened);
    }

    /**
     * {@code onReopened} gets the register when a restore has closed and reopened it;
     * {@code onConnected} the shared register File > Connect to a shared register… opened, to show
     * in place of this one (which it then closes).
     */
    public MainWindow(Stage stage, Services services, TaskExecutor executor, Consumer<Services> onReopened,
                      Consumer<Services> onConnected) {
        this.onReopened = onReopened;
        this.onConnected = onConnected;
        this.stage = stage;
        this.services = services;
        this.executor = executor;
        this.dialogs = new FxDialogService(stage);
        this.openForms = new OpenForms(dialogs, this::showForm);
        this.registerViewModel = new RegisterViewModel(services.register(), services.sampleData(), executor, dialogs,
                openForms).listenTo(services.changes());
        this.scans = new ScanAttachments(services, executor, dialogs, openForms, registerViewModel::refresh);
        this.registerView = new RegisterView(registerViewModel, scans::attachDropped);
    }

    public void show() {
        show(null);
    }

    /**
     * Shows the window; {@code firstPage} is the register's first page being read in the background
     * since the register opened (null: the window asks for it itself), shown with the window when
     * it is already there.
     */
    public void show(CompletableFuture<FirstPage> firstPage) {
        BorderPane root = new BorderPane();
        root.setTop(menus());
        root.setCenter(registerView.root());
        root.setBottom(statusLine());
        Scene scene = ScreenFit.scene(root, 1360, 820);
        scene.getStylesheets().add(MainWindow.class.getResource("register.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(title(services));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.centerOnScreen();
        registerViewModel.refresh(firstPage);
        stage.show();
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
        ConnectViewModel connecting = new ConnectViewModel(executor, dialogs, services.clock(), services.location(),
                this::mayClose, onConnected);
        MenuItem connect = item("Connect to a shared register…", null,
                () -> connecting.ask(ConnectDialog.of(connecting.suggested())));
        RegisterPasswordViewModel passwordModel = new RegisterPasswordViewModel(services, executor, dialogs, onReopened);
        MenuItem password = item("Register password…", null, passwordModel::open);
        password.setId("menu-register-password");
        Menu file = new Menu("File", null, newForm, find, new SeparatorMenuItem(), connect, new SeparatorMenuItem(),
                samples, new SeparatorMenuItem(), password, new SeparatorMenuItem(), quit);

        MenuItem edit = item("Open selected signatory", "Shortcut+O", registerViewModel::openSelected);
        MenuItem withdraw = item("Record withdrawal…", null, registerViewModel::withdrawSelected);
        MenuItem delete = item("Delete…", null, registerViewModel::deleteSelected);
        edit.disableProperty().bind(registerViewModel.selectedProperty().isNull());
        withdraw.disableProperty().bind(registerViewModel.selectedProperty().isNull());
        delete.disableProperty().bind(registerViewModel.selectedProperty().isNull());
        Menu signatory = new Menu("Signatory", null, edit, withdraw, new SeparatorMenuItem(), delete);

        Menu scanMenu = new Menu("Scans", null, item("Scan inbox…", "Shortcut+I", this::openInbox),
                item("Check returned forms…", "Shortcut+R", this::checkReturnedForms),
                item("Set inbox folder…", null, this::chooseInboxFolder));
        Menu letters = new LettersMenu(stage, services, executor, dialogs, registerViewModel.selectedProperty(),
                registerViewModel::refresh).menu();
        Menu tools = new ToolsMenu(services, executor, dialogs, stage, registerViewModel::refresh, onReopened).menu();
        Menu forms = FormsMenu.create(new FormsViewModel(new FormService(services), executor, dialogs),
                registerViewModel.chosen(), this::checkReturnedForms);
        Menu help = new Menu("Help", null, item("About Compact Register", null,
                () -> AboutWindow.show(stage, services.location(), services.staff().name())));
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
        Label file = new Label(statusText(services));
        file.setId("status-register");
        file.getStyleClass().add("status-text");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(executor.busyProperty());
        Label working = new Label("Working…");
        working.visibleProperty().bind(executor.busyProperty());
        LinkStatusViewModel link = new LinkStatusViewModel(services.changes(), executor, services.clock().getZone());
        Label away = new Label();
        away.setId("link-status");
        away.getStyleClass().addAll("status-text", "link-away");
        away.textProperty().bind(link.textProperty());
        away.visibleProperty().bind(link.awayProperty());
        away.managedProperty().bind(link.awayProperty());
        away.setMinWidth(Region.USE_PREF_SIZE);
        file.setMinWidth(0);
        HBox line = new HBox(8, file, away, spacer, working, busy);
        line.getStyleClass().add("status-line");
        return line;
    }

    /**
     * The window's title: the register (a file's name, or the shared register's database and server)
     * and, for a shared register, who is signed in.
     */
    static String title(Services services) {
        if (services.location() instanceof RegisterLocation.H2File h2) {
            return "Compact Register — " + h2.file().getFileName();
        }
        RegisterLocation.Server server = (RegisterLocation.Server) services.location();
        return "Compact Register — " + server.database() + " on " + server.host() + " — " + services.staff().name();
    }

    /** The status line: which register is open, and who changes are recorded against. */
    static String statusText(Services services) {
        return "Register: " + services.location().describe() + "   ·   Signed in as " + services.staff().name();
    }

    /** A commitment form in a window of its own; a saved signatory's form has its scans beside it. */
    private void showForm(SignatoryFormViewModel form) {
        SignatoryFormView view = new SignatoryFormView(form, stage);
        form.opened().ifPresent(signatory -> {
            FxDialogService formDialogs = new FxDialogService(view.stage());
            ScansPanel panel = new ScansPanel(scans.panelFor(signatory, formDialogs));
            HistoryPanel history = PrivacyMenu.historyOf(services, executor, formDialogs, signatory.id());
            form.onClosed(history.follow(services.changes())::close);
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

    /** The scan inbox, going straight to checking its first matched returned form, then the next. */
    private void checkReturnedForms() {
        new InboxView(scans.inbox(), stage).showAndCheckReturnedForms();
    }

    private void chooseInboxFolder() {
        InboxViewModel inbox = scans.inbox();
        if (inbox.chooseFolder()) {
            new InboxView(inbox, stage).show();
        }
    }
}
