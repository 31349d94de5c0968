package org.compactregister.model;

/**
 * Something the register cannot do, told in words for office staff (the message is shown as it is,
 * in a dialog or on the command line). Technical detail stays in the cause, for the log.
 */
public class RegisterProblem extends RuntimeException {

    public RegisterProblem(String message) {
        super(message);
    }

    public RegisterProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
