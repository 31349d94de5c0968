package org.compactregister.service;

import org.compactregister.model.RegisterProblem;

/** A request the register refuses, with the reason in words for office staff. */
public class RefusedException extends RegisterProblem {

    public RefusedException(String message) {
        super(message);
    }
}
