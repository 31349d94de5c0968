package org.compactregister.io;

import java.nio.charset.Charset;

/** How a CSV file is written: its character encoding and the character between cells. */
public record CsvLayout(Charset charset, char separator, boolean byteOrderMark) {

    /** In words for the import screen: "UTF-8, separated by commas". */
    public String describe() {
        String encoding = charset.name().equals("windows-1252") ? "Windows-1252 (older Excel)" : charset.name()
                + (byteOrderMark ? " with byte-order mark" : "");
        String by = switch (separator) {
            case ';' -> "semicolons";
            case '\t' -> "tabs";
            default -> "commas";
        };
        return encoding + ", separated by " + by;
    }
}
