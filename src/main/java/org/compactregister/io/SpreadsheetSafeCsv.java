package org.compactregister.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that a spreadsheet opens safely: UTF-8 with a byte-order mark (so Excel keeps the accents),
 * CRLF line ends, and no cell that a spreadsheet would run as a formula. Every CSV the register
 * writes (exports, lists, import reports) goes through here.
 */
public final class SpreadsheetSafeCsv {

    private SpreadsheetSafeCsv() {
    }

    /**
     * The value made harmless for a spreadsheet: one that starts with {@code = + - @}, a tab or a
     * carriage return gets a leading apostrophe, which spreadsheets show as text.
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

    /** A printer that writes the byte-order mark and the header row; close it to flush. */
    public static CSVPrinter open(OutputStream out, String... header) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    /** Prints one row, every cell neutralised. */
    public static void printRow(CSVPrinter printer, Object... cells) throws IOException {
        for (Object cell : cells) {
            printer.print(neutralise(cell == null ? "" : cell.toString()));
        }
        printer.println();
    }
}
