package org.compactregister.io;

import java.io.IOException;

/** A line of a CSV file past {@link CsvFileReader#MAX_LINE_CHARS}: a broken or wrong file. {@code line} counts from 1. */
final class LineTooLongException extends IOException {

    private final long line;

    LineTooLongException(long line) {
        super("line " + line + " too long");
        this.line = line;
    }

    long line() {
        return line;
    }
}
