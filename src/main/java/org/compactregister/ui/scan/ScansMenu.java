package org.compactregister.ui.scan;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.compactregister.model.Signatory;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanService;
import org.compactregister.service.Services;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;
import org.compactregister.ui.register.RegisterView;
import org.compactregister.ui.register.SignatoryFormView;

/**
 * The Scans menu of the main window ("Scan inbox…", "Set inbox folder…"), and the scans panel
 * added to every saved signatory's form window.
 */
public final class ScansMenu {

    private final Stage owner;
    private final Services services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ScanService scans;
    private final ScanInbox inbox;
    private final Runnable registerChanged;

    public ScansMenu(Stage owner, Services services, TaskExecutor executor, DialogService dialogs,
                     RegisterView registerView, Runnable registerChanged) {
        this.owner = owner;
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.scans = new ScanService(services);
        this.inbox = new ScanInbox(services, scans);
        this.registerChanged = registerChanged;
        registerView.setFormExtras(this::addScansPanel);
        registerView.setFileDrop(this::attachDropped);
    }

    /** Files dropped on a signatory in the register table. */
    private void attachDropped(Signatory signatory, java.util.List<java.nio.file.Path> files) {
        executor.execute(org.compactregister.ui.BackgroundTask.of("Attaching scans",
                        progress -> scans.attach(signatory.id(), files, progress))
                .onSuccess(report -> AttachReportDialogs.tell(dialogs, report, signatory))
                .onFailure(problem -> dialogs.showError("Nothing was attached",
                        org.compactregister.ui.Problems.describe(problem))));
    }

    public Menu menu() {
        MenuItem open = new MenuItem("Scan inbox…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        open.setOnAction(event -> openInbox());
        MenuItem folder = new MenuItem("Set inbox folder…");
        folder.setOnAction(event -> {
            InboxViewModel viewModel = inboxViewModel();
            if (viewModel.chooseFolder()) {
                new InboxView(viewModel, executor, owner).show();
            }
        });
        return new Menu("Scans", null, open, folder);
    }

    public void openInbox() {
        new InboxView(inboxViewModel(), executor, owner).show();
    }

    private InboxViewModel inboxViewModel() {
        return new InboxViewModel(inbox, services.register(), executor, dialogs, registerChanged);
    }

    private void addScansPanel(SignatoryFormView form, Signatory signatory) {
        if (signatory == null) {
            return;
        }
        ScansPanel panel = new ScansPanel(new ScansPanelViewModel(scans, executor,
                new org.compactregister.ui.FxDialogService(form.stage()), SystemViewer.desktop(), signatory));
        form.addPanel(panel.root(), false, 340);
        panel.refresh();
    }
}
