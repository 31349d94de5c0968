package org.compactregister.ui;

import org.compactregister.model.RegisterProblem;
import org.compactregister.service.LogFolder;

/** Turns a failure into words for a dialog: the register's own message, or a plain sentence and a pointer to the log. */
public final class Problems {

    private Problems() {
    }

    public static String describe(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof RegisterProblem registerProblem) {
                return registerProblem.getMessage();
            }
        }
        if (problem instanceof OutOfMemoryError) {
            return "The computer ran out of memory for this. Close other programs and try again.";
        }
        return "Something unexpected went wrong, and nothing was changed (" + LogFolder.pointer() + ").";
    }
}
