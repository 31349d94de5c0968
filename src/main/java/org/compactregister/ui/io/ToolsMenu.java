package org.compactregister.ui.io;

import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.io.CsvImportService;
import org.compactregister.service.RegisterMove;
import org.compactregister.service.Services;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/** The Tools menu: import from CSV, export as CSV, back up, restore, automatic backups, move the register. */
public final class ToolsMenu {

    private final Services services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Window owner;
    private final Runnable onRegisterChanged;
    private final RegisterFilesViewModel files;

    public ToolsMenu(Services services, TaskExecutor executor, DialogService dialogs, Window owner,
                     Runnable onRegisterChanged, Consumer<Services> onReopened) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.owner = owner;
        this.onRegisterChanged = onRegisterChanged;
        this.files = new RegisterFilesViewModel(services, executor, dialogs, onReopened);
    }

    public Menu menu() {
        Menu tools = new Menu("Tools", null,
                item("Import from CSV…", this::openImport),
                item("Export register as CSV…", files::exportCsv),
                new SeparatorMenuItem(),
                item("Back up now…", files::backUpNow),
                item("Restore from backup…", files::restore),
                item("Automatic backups…", this::openAutomaticBackups),
                new SeparatorMenuItem(),
                item("Move the register to…", this::openMoveRegister));
        tools.setId("tools-menu");
        return tools;
    }

    /** Opens the import window (also used by tests). */
    public ImportView openImport() {
        ImportViewModel viewModel = new ImportViewModel(new CsvImportService(services), executor, dialogs,
                onRegisterChanged);
        ImportView view = new ImportView(viewModel, owner);
        view.show();
        return view;
    }

    /** Opens the window that moves the register into a new one (also used by tests). */
    public MoveRegisterView openMoveRegister() {
        MoveRegisterView view = new MoveRegisterView(new MoveRegisterViewModel(new RegisterMove(services), executor,
                dialogs), owner);
        view.show();
        return view;
    }

    private void openAutomaticBackups() {
        new AutomaticBackupsView(new AutomaticBackupsViewModel(new AutomaticBackups(services), executor, dialogs),
                owner).show();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }
}
