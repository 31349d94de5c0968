package org.compactregister.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The dialogs a view model may ask for; tests give it a recording fake instead of real windows. */
public interface DialogService {

    void showError(String title, String message);

    /** An error dialog saying in words what went wrong ({@link Problems#describe}), never a stack trace. */
    default void showProblem(String title, Throwable problem) {
        showError(title, Problems.describe(problem));
    }

    void showInformation(String title, String message);

    /** Asks a yes/no question; {@code confirmLabel} names the action ("Delete", "Discard"). */
    boolean confirm(String title, String message, String confirmLabel);

    /** A file to save to, with a suggested name and the file kinds offered (for example "PDF files", "*.pdf"). */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String kindDescription, String... patterns);

    /** A file to open, or empty when the user cancels. */
    Optional<Path> chooseFileToOpen(String title, String kindDescription, String... patterns);

    /** Several files to open; empty when the user cancels. */
    List<Path> chooseFilesToOpen(String title, String kindDescription, String... patterns);

    /** A folder, or empty when the user cancels. */
    Optional<Path> chooseFolder(String title);

    /**
     * Shows a dialog that a view builds (only when it is shown, on the JavaFX thread), titled
     * {@code title}, and waits for the user's answer; empty when the user cancels.
     */
    <R> Optional<R> showCustomDialog(String title, CustomDialog<R> dialog);
}
