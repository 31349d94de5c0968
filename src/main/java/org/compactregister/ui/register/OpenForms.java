package org.compactregister.ui.register;

import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.Plural;
import org.compactregister.ui.DialogService;

/**
 * The commitment forms open in windows of their own, wherever they were opened from (the
 * register, the scan inbox), so that closing the register can ask first when one holds typing
 * that was not saved.
 */
public final class OpenForms {

    private final DialogService dialogs;
    private final Consumer<SignatoryFormViewModel> window;
    private final List<SignatoryFormViewModel> open = new ArrayList<>();

    /** {@code window} shows a form in a window of its own, which tells the form when it has closed. */
    public OpenForms(DialogService dialogs, Consumer<SignatoryFormViewModel> window) {
        this.dialogs = dialogs;
        this.window = window;
    }

    /** Keeps {@code form} in the list until its window closes, and shows it. */
    public void open(SignatoryFormViewModel form) {
        track(form);
        window.accept(form);
    }

    /** Keeps {@code form} in the list until its window closes; for a form whose window is shown elsewhere. */
    public void track(SignatoryFormViewModel form) {
        open.add(form);
        form.onClosed(() -> open.remove(form));
    }

    /** How many open forms hold typing that was not saved. */
    public long unsavedCount() {
        return open.stream().filter(SignatoryFormViewModel::hasChanges).count();
    }

    /** True when the register may close: no unsaved typing, or the user agrees to lose it. */
    public boolean mayCloseRegister() {
        long unsaved = unsavedCount();
        return unsaved == 0 || dialogs.confirm("Close without saving?", (unsaved == 1
                ? "A commitment form has typing that was not saved."
                : Plural.count(unsaved, "commitment form", "commitment forms") + " have typing that was not saved.")
                + " Close the register and lose it?", "Close and lose it");
    }
}
