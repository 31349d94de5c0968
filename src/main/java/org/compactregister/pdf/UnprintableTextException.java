package org.compactregister.pdf;

import org.compactregister.model.RegisterProblem;

/** Text that the shipped fonts cannot print correctly; refused before anything is printed. */
public class UnprintableTextException extends RegisterProblem {

    public UnprintableTextException(String message) {
        super(message);
    }
}
