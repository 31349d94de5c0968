package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lone CR inside a line of an LF file is a space, and the rows after it still find their lines' problems. */
class LoneCarriageReturnsTest {

    @TempDir
    Path dir;

    @Test
    void aLoneCrOutsideQuotesIsASpaceAndALaterUnreadableLineIsStillFoundOnItsRow() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("Name,Organisation,Notes\nZofia Łącka,Łódź Friends,\nKaren Whitfield,Wigston Larder,Call after 5\rnot Fridays\n"
                + "Sunil Parmar,\"Befriending\rGroup\",ok\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Zoë Carter,".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Caf\u00E9 Club,\n".getBytes(Charset.forName("windows-1252")));
        bytes.writeBytes("Ann Lee,Oakwell Club,\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("lone-cr.csv"), bytes.toByteArray());
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            List<CsvRow> rows = CsvFiles.rows(reader);
            rows.remove(0);
            assertEquals(4, rows.size(), rows.toString());
            assertEquals("Call after 5 not Fridays", rows.get(0).cell(2));
            assertEquals("Befriending\rGroup", rows.get(1).cell(1), "inside quotes it stays a line break");
            assertTrue(rows.get(0).unreadable().isEmpty());
            assertTrue(rows.get(1).unreadable().isEmpty());
            assertTrue(rows.get(2).unreadable().orElseThrow().contains("mixes two encodings"), rows.get(2).toString());
            assertTrue(rows.get(3).unreadable().isEmpty(), rows.get(3).toString());
            assertEquals(List.of(3L, 4L, 6L, 7L), rows.stream().map(CsvRow::line).toList());
        }
    }

    @Test
    void aFileWhoseLinesEndInALoneCrIsReadByThem() throws IOException {
        Path file = Files.writeString(dir.resolve("mac.csv"), "Name,Organisation\rKaren Whitfield,Larder\r"
                + "Sunil Parmar,\"Befriending\nGroup\"\rAnn Lee,Oakwell Club\r");
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertEquals(List.of("Karen Whitfield", "Sunil Parmar", "Ann Lee"),
                    CsvFiles.rows(reader).stream().map(row -> row.cell(0)).toList());
        }
    }
}
