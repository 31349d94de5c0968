package org.compactregister.ui.scan;

import org.compactregister.model.Signatory;
import org.compactregister.scan.AttachReport;
import org.compactregister.ui.DialogService;

/** Tells the user what became of files given to attach: refused ones always, with why. */
final class AttachReportDialogs {

    private AttachReportDialogs() {
    }

    /** {@code signatory} is named when the files were not attached from its own window (null otherwise). */
    static void tell(DialogService dialogs, AttachReport report, Signatory signatory) {
        String to = signatory == null ? "" : signatory.organisation() + " (" + signatory.reference() + "):\n";
        if (report.anyRefused()) {
            String heading = report.attached().isEmpty()
                    ? (report.refused().size() == 1 ? "The file was not attached" : "None of the files were attached")
                    : "Some files were not attached";
            dialogs.showError(heading, to + report.describe());
        } else if (!report.alreadyThere().isEmpty()) {
            dialogs.showInformation("Already kept", to + report.describe());
        } else if (signatory != null) {
            dialogs.showInformation("Scans attached", to + report.describe());
        }
    }
}
