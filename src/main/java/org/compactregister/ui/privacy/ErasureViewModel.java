package org.compactregister.ui.privacy;

import org.compactregister.model.Signatory;
import org.compactregister.service.ErasureService;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/** Signatory > Erase personal data…: asks first, naming what goes and what stays, then erases. */
public final class ErasureViewModel {

    private final ErasureService erasures;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable onErased;

    public ErasureViewModel(ErasureService erasures, TaskExecutor executor, DialogService dialogs, Runnable onErased) {
        this.erasures = erasures;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onErased = onErased;
    }

    /** Erases the signatory's personal data on request, once the user confirms. */
    public void erase(Signatory signatory) {
        if (signatory == null) {
            return;
        }
        boolean sure = dialogs.confirm("Erase personal data?", "Erase the personal data of " + signatory.reference()
                + " \"" + signatory.organisation() + "\" on request?\n\nErased: the name, address, phone numbers, email, "
                + "notes, scanned forms, copies of letters, and the old values in the audit trail. This cannot be "
                + "undone.\nKept: the organisation, sector, dates signed, acknowledged and withdrawn, and the reference.",
                "Erase");
        if (!sure) {
            return;
        }
        executor.execute(BackgroundTask.of("Erasing personal data", p -> erasures.erase(signatory.id(), "on request"))
                .onSuccess(erased -> {
                    onErased.run();
                    dialogs.showInformation("Personal data erased", "The personal data of " + erased.reference()
                            + " \"" + erased.organisation() + "\" is erased. It will be gone from the register "
                            + "file itself when the register is next closed.");
                })
                .onFailureShowError(dialogs, "The personal data was not erased"));
    }
}
