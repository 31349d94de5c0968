package org.compactregister.ui;

import javafx.scene.control.Dialog;

/**
 * A dialog of a view's own making (its controls and how they become an answer), for
 * {@link DialogService#showCustomDialog}. A view model names the dialog; the dialog is built only
 * when it is really shown, so view-model tests never build it.
 */
@FunctionalInterface
public interface CustomDialog<R> {

    /** The dialog, not yet owned or shown; its result is the answer (null when cancelled). */
    Dialog<R> build();
}
