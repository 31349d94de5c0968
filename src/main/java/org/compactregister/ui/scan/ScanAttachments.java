package org.compactregister.ui.scan;

import java.nio.file.Path;
import java.util.List;
import org.compactregister.form.FormService;
import org.compactregister.form.ReturnedFormEntry;
import org.compactregister.form.ReturnedForms;
import org.compactregister.model.Signatory;
import org.compactregister.scan.ScanInbox;
import org.compactregister.scan.ScanService;
import org.compactregister.service.Services;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;
import org.compactregister.ui.register.OpenForms;

/**
 * The scans of the register as the main window offers them: the scan inbox, the scans kept with
 * a signatory (shown beside its form), and files dropped on a signatory in the register table.
 */
public final class ScanAttachments {

    private final Services services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final OpenForms forms;
    private final Runnable registerChanged;
    private final ScanService scans;
    private final ScanInbox inbox;

    /** {@code registerChanged} runs when a scan was filed from the inbox (the register table shows it again). */
    public ScanAttachments(Services services, TaskExecutor executor, DialogService dialogs, OpenForms forms,
                           Runnable registerChanged) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.forms = forms;
        this.registerChanged = registerChanged;
        this.scans = new ScanService(services);
        this.inbox = new ScanInbox(services, scans);
    }

    /** A new look at the scan inbox. */
    public InboxViewModel inbox() {
        FormService formService = new FormService(services);
        return new InboxViewModel(inbox, services.register(), executor, dialogs, forms, registerChanged)
                .withFormReturns(new ReturnedForms(formService), new ReturnedFormEntry(formService, services.register(), inbox));
    }

    /** The scans kept with {@code signatory}, for the panel beside its form; {@code formDialogs} belong to the form's window. */
    public ScansPanelViewModel panelFor(Signatory signatory, DialogService formDialogs) {
        return new ScansPanelViewModel(scans, executor, formDialogs, SystemViewer.desktop(), signatory);
    }

    /** Attaches files dropped on {@code signatory} in the register table, then says what became of them. */
    public void attachDropped(Signatory signatory, List<Path> files) {
        executor.execute(BackgroundTask.of("Attaching scans", progress -> scans.attach(signatory.id(), files, progress))
                .onSuccess(report -> AttachReportDialogs.tell(dialogs, report, signatory))
                .onFailureShowError(dialogs, "Nothing was attached"));
    }
}
