package org.compactregister.service;

import org.compactregister.model.RegisterProblem;

/** Work stopped because the user cancelled it; whatever it was writing was rolled back. */
public class CancelledException extends RegisterProblem {

    public CancelledException() {
        super("Cancelled.");
    }
}
