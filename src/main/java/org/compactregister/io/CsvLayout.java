package org.compactregister.io;

import java.nio.charset.Charset;

/**
 * How a CSV file is written: its text encoding, the character between cells, and the line its
 * header row is on (1 unless Excel's {@code sep=} line or a title comes first).
 */
public record CsvLayout(TextEncoding encoding, char separator, long headerLine) {

    public Charset charset() {
        return encoding.charset();
    }

    public boolean byteOrderMark() {
        return encoding.byteOrderMark();
    }

    /** In words for the import screen: "UTF-8, separated by commas", and where the header is when not first. */
    public String describe() {
        String by = switch (separator) {
            case ';' -> "semicolons";
            case '\t' -> "tabs";
            case '|' -> "bars";
            default -> "commas";
        };
        return encoding.describe() + ", separated by " + by + (headerLine > 1 ? ", column names on line " + headerLine : "");
    }
}
