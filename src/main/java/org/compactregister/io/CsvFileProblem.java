package org.compactregister.io;

import org.compactregister.service.RefusedException;

/** A CSV file that cannot be read at all (not text, a runaway line, broken quoting); {@code line} is where it went wrong. */
public class CsvFileProblem extends RefusedException {

    private final long line;

    public CsvFileProblem(long line, String message) {
        super(message);
        this.line = line;
    }

    /** The line where reading stopped, or 0 when the file as a whole is the problem. */
    public long line() {
        return line;
    }
}
