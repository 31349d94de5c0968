package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsExcelUtf8WithByteOrderMarkQuotedLineBreaksAndCrlf() throws IOException {
        Path file = CsvFiles.excelUtf8(dir.resolve("a.csv"), CsvFiles.HEADER,
                "Siobhán Ó Briain,24/11/2025,\"Thornby Repair Café, CIC\",\"1 Mill Street\r\nThornby\r\nLE11 2AB\",,",
                "Zofia Nowak,01/06/2024,Oakwell Men's Shed,,,");
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertEquals(StandardCharsets.UTF_8, reader.layout().charset());
            assertTrue(reader.layout().byteOrderMark());
            assertEquals("Name", reader.header().get(0), "the byte-order mark is not part of the first header");
            List<CsvRow> rows = CsvFiles.rows(reader);
            assertEquals(2, rows.size());
            assertEquals("Thornby Repair Café, CIC", rows.get(0).cell(2));
            assertEquals("1 Mill Street\r\nThornby\r\nLE11 2AB", rows.get(0).cell(3));
            assertEquals(2, rows.get(0).line());
            assertEquals(5, rows.get(1).line(), "the second row starts after the three lines of the first");
        }
    }

    @Test
    void readsWindows1252WithSemicolons() throws IOException {
        Path file = CsvFiles.written(dir.resolve("b.csv"), Charset.forName("windows-1252"), "\r\n",
                "Name;Date;Organisation", "Zoë Brontë;24/11/2025;Café Société – Fernley");
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertEquals("windows-1252", reader.layout().charset().name());
            assertEquals(';', reader.layout().separator());
            CsvRow row = CsvFiles.rows(reader).get(0);
            assertEquals("Zoë Brontë", row.cell(0));
            assertEquals("Café Société – Fernley", row.cell(2));
        }
    }

    @Test
    void readsUtf8WithoutByteOrderMarkAndLfLineEnds() throws IOException {
        Path file = CsvFiles.written(dir.resolve("c.csv"), StandardCharsets.UTF_8, "\n",
                "Name,Date,Organisation", "Łucja Wiśniewska,2025-03-01,Ayşe's Dementia Café");
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertEquals(StandardCharsets.UTF_8, reader.layout().charset());
            assertFalse(reader.layout().byteOrderMark());
            assertEquals("Łucja Wiśniewska", CsvFiles.rows(reader).get(0).cell(0));
        }
    }

    @Test
    void skipsBlankLinesButKeepsTheLineNumbersOfTheFile() throws IOException {
        Path file = CsvFiles.written(dir.resolve("d.csv"), StandardCharsets.UTF_8, "\r\n",
                "Name,Date,Organisation", "", ",,", "A,01/01/2020,B");
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            List<CsvRow> rows = CsvFiles.rows(reader);
            assertEquals(1, rows.size());
            assertEquals(4, rows.get(0).line());
        }
    }

    @Test
    void refusesBinaryJunk() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        junk[10] = 0;
        Path file = Files.write(dir.resolve("photo.csv"), junk);
        CsvFileProblem problem = assertThrows(CsvFileProblem.class, () -> CsvFileReader.open(file));
        assertTrue(problem.getMessage().contains("not a CSV file"), problem.getMessage());
    }

    @Test
    void aZeroByteInTextIsToldByItsLine() throws IOException {
        Path file = Files.write(dir.resolve("office.csv"), ("Name,Date,Organisation\r\nAnn Lee,24/11/2025,Oakwell\r\n"
                + "Bo Chan,24/11/2025,Fern\u0000ley Choir\r\n").getBytes(StandardCharsets.UTF_8));
        CsvFileProblem problem = assertThrows(CsvFileProblem.class, () -> CsvFileReader.open(file));
        assertTrue(problem.getMessage().startsWith("office.csv is not a CSV file: it holds binary data (a zero byte on "
                + "line 3, byte 76,"), problem.getMessage());
    }

    @Test
    void refusesARunawayLineWithoutFillingTheMemory() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Name,Date,Organisation\r\nA,01/01/2020,B\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertTrue(reader.next().isPresent());
            CsvFileProblem problem = assertThrows(CsvFileProblem.class, reader::next);
            assertEquals(3, problem.line());
            assertTrue(problem.getMessage().startsWith("Line 3 of huge.csv is longer than"), problem.getMessage());
        }
    }

    @Test
    void readsUtf16WithAByteOrderMarkEitherWayRound() throws IOException {
        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = Files.write(dir.resolve("unicode-" + utf16.name() + ".csv"),
                    "\uFEFFName\tDate\tOrganisation\r\nŁucja Wiśniewska\t01/03/2025\tΚαφέ Ελλάς\r\n".getBytes(utf16));
            try (CsvFileReader reader = CsvFileReader.open(file)) {
                assertEquals(utf16, reader.layout().charset());
                assertEquals('\t', reader.layout().separator());
                assertEquals(List.of("Name", "Date", "Organisation"), reader.header());
                CsvRow row = CsvFiles.rows(reader).get(0);
                assertEquals("Łucja Wiśniewska", row.cell(0));
                assertEquals("Καφέ Ελλάς", row.cell(2));
                assertEquals(2, row.line());
            }
        }
    }

    @Test
    void readsUtf16WithoutAByteOrderMarkAsDatabaseToolsWriteIt() throws IOException {
        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = Files.write(dir.resolve("bcp-" + utf16.name() + ".csv"),
                    ("Name,Date,Organisation\r\nŁucja Wiśniewska,01/03/2025,Καφέ Ελλάς\r\n"
                            + "Wang Yi 王一,02/03/2025,Ме\u0301ста Клуб Соседи Плюс\u3000Центр\r\n").getBytes(utf16));
            try (CsvFileReader reader = CsvFileReader.open(file)) {
                assertEquals(utf16, reader.layout().charset());
                assertEquals(List.of("Name", "Date", "Organisation"), reader.header());
                CsvRow row = CsvFiles.rows(reader).get(0);
                assertEquals("Łucja Wiśniewska", row.cell(0));
                assertEquals("Καφέ Ελλάς", row.cell(2));
            }
        }
        byte[] binary = new byte[4096];
        new java.util.Random(11).nextBytes(binary);
        for (int i = 0; i < binary.length; i += 3) {
            binary[i] = 0; // zeros on both sides of the pairs, as in a spreadsheet's own file
        }
        Path xlsx = Files.write(dir.resolve("register.csv"), binary);
        assertTrue(assertThrows(CsvFileProblem.class, () -> CsvFileReader.open(xlsx)).getMessage()
                .contains("it holds binary data"));
    }

    @Test
    void namesAMissingFile() {
        CsvFileProblem problem = assertThrows(CsvFileProblem.class,
                () -> CsvFileReader.open(dir.resolve("nowhere.csv")));
        assertTrue(problem.getMessage().startsWith("There is no file"), problem.getMessage());
    }
}
