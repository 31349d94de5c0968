package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files in the encodings spreadsheets and old programs really write, judged per file and per line. */
class TextEncodingTest {

    @TempDir
    Path dir;

    @Test
    void theMacSavedFileIsReadAsMacRomanWithItsCrLineEnds() throws IOException {
        try (CsvFileReader reader = CsvFileReader.open(FieldCases.copy("F04-macroman-cr-csv.csv", dir))) {
            assertEquals("x-MacRoman", reader.layout().charset().name());
            assertTrue(reader.layout().describe().startsWith("Mac Roman"), reader.layout().describe());
            List<CsvRow> rows = CsvFiles.rows(reader);
            assertEquals(3, rows.size());
            assertEquals(List.of("Renée Dubois", "Siân Pritchard", "Chloë Marsh"),
                    rows.stream().map(r -> r.cell(0)).toList());
            assertEquals(List.of("Café Connect Over-50s Club", "Côr Cymraeg Caerlyr Choir", "Señora Ruiz Dance School"),
                    rows.stream().map(r -> r.cell(2)).toList());
            assertEquals(List.of(2L, 3L, 4L), rows.stream().map(CsvRow::line).toList());
        }
    }

    @ParameterizedTest
    @CsvSource({"x-MacRoman,LF", "x-MacRoman,CRLF", "windows-1252,CR", "windows-1250,CRLF", "ISO-8859-2,LF",
        "windows-1251,CRLF", "windows-1254,LF", "ISO-8859-15,LF", "IBM850,CRLF", "windows-1255,CRLF",
        "MacSymbols,LF", "WindowsPunctuation,CRLF", "WindowsOrdinals,CRLF"})
    void olderEncodingsAreJudgedFromTheirLetters(String encoding, String lineEndName) throws IOException {
        String lineEnd = switch (lineEndName) {
            case "CR" -> "\r";
            case "LF" -> "\n";
            default -> "\r\n";
        };
        Charset charset = Charset.forName(encoding.equals("MacSymbols") ? "x-MacRoman"
                : encoding.startsWith("Windows") ? "windows-1252" : encoding);
        String names = switch (encoding) {
            // Excel's "CSV (MS-DOS)"; Hebrew Windows; a Mac file whose only letters outside ASCII are symbols
            case "IBM850" -> "Renée Dubois;Café Connect £5 Club;Señora Zoë Müller";
            case "windows-1255" -> "מרים כהן (Miriam Cohen);קהילת שלום Community Group;בית הכנסת לסטר";
            // Windows-1252 whose only bytes outside ASCII are … and “ ”, or ordinals and the micro sign
            case "WindowsPunctuation" -> "Ana Paula;Will call back…;“Friends” of Oakwell";
            case "WindowsOrdinals" -> "Rui Costa;Rua 5 de Outubro 2º Esq, Flat 1ª;Unit 2µ";
            case "MacSymbols" -> "Ana Paula;360° Youth • Leicester;€uro Savers ® Club 20°";
            case "windows-1250", "ISO-8859-2" -> "Zofia Łącka;Stowarzyszenie Śląskie w Łodzi;Zażółć gęślą jaźń";
            case "windows-1251" -> "Ирина Петрова;Русская школа Лестер;Общество друзей";
            case "ISO-8859-15" -> "Zoë Brontë;Café Société;Fête de l'été €5";
            case "windows-1254" -> "Ayşe Yılmaz;Leicester Türk Kültür Derneği;Güneş Işık";
            default -> "Zoë Brontë;Café Société – Fernley;Señora Ruiz Dance School";
        };
        Path file = CsvFiles.written(dir.resolve("older.csv"), charset, lineEnd, "Name;Organisation;Notes", names);
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertEquals(List.of(names.split(";")), CsvFiles.rows(reader).get(0).cells(), reader.layout().describe());
        }
    }

    @Test
    void aUtf8FileWithStrayWindowsBytesIsRepairedLineByLineWithTheLinesNamed() throws IOException {
        try (CsvFileReader reader = CsvFileReader.open(FieldCases.copy("F05-mixed-utf8-cp1252.csv", dir))) {
            List<CsvRow> rows = CsvFiles.rows(reader);
            assertEquals("Łódź Friends Saturday School", rows.get(0).cell(2));
            assertEquals("Nuala O’Hara", rows.get(1).cell(0));
            assertEquals("St Bride’s Parent and Toddler Group", rows.get(1).cell(2));
            assertEquals("Zoë Carter", rows.get(2).cell(0));
            assertEquals("Thurmaston Café Club", rows.get(2).cell(2));
            assertTrue(rows.stream().allMatch(r -> r.unreadable().isEmpty()));
            assertEquals(List.of("Line 3 was not UTF-8 and was read as Windows-1252 (older Excel)."), reader.repairs());
            assertTrue(reader.layout().describe().contains("some lines in Windows-1252"), reader.layout().describe());
        }
    }

    @Test
    void aLineHoldingTwoEncodingsIsRefusedByItsLineAndTheOthersRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Name,Organisation\r\nZofia Łącka,Łódź Friends\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Zoë Carter,".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Caf\u00E9 Club\r\n".getBytes(Charset.forName("windows-1252")));
        bytes.writeBytes("Ann Lee,Oakwell Club\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("mixed.csv"), bytes.toByteArray());
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            List<CsvRow> rows = CsvFiles.rows(reader);
            assertTrue(rows.get(0).unreadable().isEmpty());
            String why = rows.get(1).unreadable().orElseThrow();
            assertTrue(why.startsWith("Line 3 mixes two encodings"), why);
            assertTrue(rows.get(2).unreadable().isEmpty());
            assertEquals("Oakwell Club", rows.get(2).cell(1));
        }
    }

    @Test
    void textConvertedToUtf8TwiceIsPutRight() throws IOException {
        String twice = new String("Zoë Brontë,Café O’Neill’s".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        Path file = CsvFiles.written(dir.resolve("twice.csv"), StandardCharsets.UTF_8, "\n", "Name,Organisation",
                "Łucja Nowak,Łódź Club", twice);
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            List<CsvRow> rows = CsvFiles.rows(reader);
            assertEquals(List.of("Zoë Brontë", "Café O’Neill’s"), rows.get(1).cells());
            assertEquals("Łucja Nowak", rows.get(0).cell(0));
            assertEquals(1, reader.repairs().size());
            assertTrue(reader.repairs().get(0).startsWith("Line 3 "), reader.repairs().toString());
        }
    }

    @Test
    void excelsSepLineNamesTheSeparatorAndIsNotTheHeader() throws IOException {
        try (CsvFileReader reader = CsvFileReader.open(FieldCases.copy("F07-excel-sep-line.csv", dir))) {
            assertEquals(';', reader.layout().separator());
            assertEquals("Name", reader.header().get(0));
            assertEquals(2, reader.layout().headerLine());
            CsvRow first = CsvFiles.rows(reader).get(0);
            assertEquals(3, first.line());
            assertEquals("Hinckley Road Allotment Society", first.cell(2));
        }
    }

    @Test
    void aTitleAboveTheHeaderIsSkippedAndTheSeparatorJudgedOnTheHeader() throws IOException {
        Path file = CsvFiles.written(dir.resolve("titled.csv"), StandardCharsets.UTF_8, "\r\n",
                "Compact signatories, returned forms 2025", "", "\"\"\"sep=|\"\" is not this\"", "Signatory|Date signed|Organisation",
                "Ann Lee|01/02/2025|Oakwell Club");
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertEquals('|', reader.layout().separator());
            assertEquals(4, reader.layout().headerLine());
            assertEquals(List.of("Signatory", "Date signed", "Organisation"), reader.header());
            assertEquals(List.of("Ann Lee", "01/02/2025", "Oakwell Club"), CsvFiles.rows(reader).get(0).cells());
        }
        // text after a closing quote is no CSV cell: refused in words, not read past
        Path stray = CsvFiles.written(dir.resolve("stray.csv"), StandardCharsets.UTF_8, "\r\n",
                "Compact signatories", "\"Returned\" forms 2025", "Name,Date,Organisation", "Ann Lee,01/02/2025,Oakwell");
        CsvFileProblem problem = assertThrows(CsvFileProblem.class, () -> {
            try (CsvFileReader reader = CsvFileReader.open(stray)) {
                CsvFiles.rows(reader);
            }
        });
        assertEquals("Line 2 of stray.csv has text after a closing quote (\"): a cell in quotes must end at its closing "
                + "quote. Put the whole cell in quotes with each quote inside it doubled (\"\"), or remove the quotes, and "
                + "import the file again. Nothing was imported.", problem.getMessage());
    }
}
