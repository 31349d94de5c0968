package org.compactregister.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes CSV files the way spreadsheets do, for the import tests. */
final class CsvFiles {

    static final String HEADER = "Name,Date,On behalf of Organisation,Address,Tel,Email";

    private CsvFiles() {
    }

    /** UTF-8 with a byte-order mark and CRLF, as Excel's "CSV UTF-8" writes. */
    static Path excelUtf8(Path file, String... lines) throws IOException {
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return Files.write(file, withBom);
    }

    static Path written(Path file, Charset charset, String lineEnd, String... lines) throws IOException {
        return Files.write(file, (String.join(lineEnd, lines) + lineEnd).getBytes(charset));
    }

    /** Every row {@code reader} has left, in order. */
    static List<CsvRow> rows(CsvFileReader reader) {
        List<CsvRow> rows = new ArrayList<>();
        for (Optional<CsvRow> row = reader.next(); row.isPresent(); row = reader.next()) {
            rows.add(row.get());
        }
        return rows;
    }
}
