package org.compactregister.ui.forms;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.compactregister.form.FormService;
import org.compactregister.form.FormWording;
import org.compactregister.form.PrintedForm;
import org.compactregister.model.Plural;
import org.compactregister.model.Signatory;
import org.compactregister.pdf.PdfPages;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/**
 * Printing commitment forms from the window: blank forms (each a new reference), forms for the
 * signatories chosen in the register, printed through the system's print dialog or saved as a PDF
 * (fillable, to send by email); and the office's Compact text and return address.
 */
public final class FormsViewModel {

    /** How the forms go out. */
    public enum Output {
        PRINT, PDF, FILLABLE_PDF
    }

    private final FormService forms;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    public FormsViewModel(FormService forms, TaskExecutor executor, DialogService dialogs) {
        this.forms = forms;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Asks how many blank forms, then makes them (new references) and prints or saves them. */
    public void blankForms(Output output) {
        dialogs.showCustomDialog("Blank commitment forms", BlankFormsDialog::new)
                .ifPresent(count -> make(output, "blank-forms.pdf", service -> service.newBlankForms(count)));
    }

    /** Forms for the chosen signatories (their references, organisation printed; fillable ones filled with their details). */
    public void formsFor(List<Signatory> chosen, Output output) {
        if (chosen.isEmpty()) {
            dialogs.showInformation("No signatories chosen", "Choose one or more signatories in the register first "
                    + "(Ctrl or Shift with a click chooses several).");
            return;
        }
        List<Signatory> copy = List.copyOf(chosen);
        String name = copy.size() == 1 ? "form " + copy.get(0).reference() + ".pdf" : "forms.pdf";
        make(output, name, service -> copy.stream().map(service::formFor).toList());
    }

    private void make(Output output, String suggestedName, Function<FormService, List<PrintedForm>> which) {
        Path target = null;
        if (output != Output.PRINT) {
            var chosen = dialogs.chooseFileToSave(output == Output.FILLABLE_PDF ? "Save fillable forms" : "Save forms as PDF",
                    suggestedName, "PDF files", "*.pdf");
            if (chosen.isEmpty()) {
                return;
            }
            Path file = chosen.get();
            target = file.getFileName().toString().toLowerCase().endsWith(".pdf") ? file
                    : file.resolveSibling(file.getFileName() + ".pdf");
        }
        Path saveTo = target;
        executor.execute(BackgroundTask.of("Making the forms", progress -> {
                    List<PrintedForm> printed = which.apply(forms);
                    byte[] pdf = forms.pdf(printed, output == Output.FILLABLE_PDF, progress);
                    String count = Plural.of(printed.size(), "form", "forms");
                    if (saveTo != null) {
                        forms.savePdf(pdf, saveTo);
                        return count + " saved to " + saveTo + ".";
                    }
                    try (PdfPages pages = new PdfPages(pdf, "the forms")) {
                        return pages.printWithDialog("Commitment forms") ? count + " sent to the printer." : "";
                    }
                })
                .onSuccess(done -> {
                    result.set(done);
                    if (!done.isEmpty()) {
                        dialogs.showInformation("Commitment forms", done);
                    }
                })
                .onFailureShowError(dialogs, "The forms were not made"));
    }

    /** Shows the office's wording to edit; saving checks that a form can be printed with it. */
    public void editWording() {
        executor.execute(BackgroundTask.of("Reading the form wording", progress -> forms.wording())
                .onSuccess(current -> dialogs.showCustomDialog("Compact text and return address",
                        () -> new WordingDialog(current)).ifPresent(this::saveWording))
                .onFailureShowError(dialogs, "The form wording could not be read"));
    }

    public void saveWording(FormWording wording) {
        executor.execute(BackgroundTask.of("Saving the form wording", progress -> {
                    forms.saveWording(wording);
                    return wording;
                })
                .onSuccess(saved -> result.set("The Compact text and return address were saved."))
                .onFailureShowError(dialogs, "The form wording was not saved"));
    }

    /** What the last action did, in words. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
