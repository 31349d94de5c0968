package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command on headers it cannot take as they are: what it says and what it lets through. */
class ImportHeaderCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("register").toString();
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private String export() throws IOException {
        return CommandRun.exported(db(), dir.resolve("export.csv"));
    }

    @Test
    void twoColumnsNamedTelStopTheImportSayingWhichAndHowToGoOn() throws IOException {
        Path file = csv("tels.csv", "Name,Date,Organisation,Tel,Tel,Email",
                "Karen Whitfield,13/02/2025,Wigston Larder,0116 496 0101,07700 900101,k@example.org");
        CommandRun stopped = CommandRun.of("import", file.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, stopped.exitCode());
        assertTrue(stopped.err().contains("Two columns both mean Tel: \"Tel\" (column 4) and \"Tel\" (column 5). "
                + "Nothing was imported"), stopped.err());
        assertTrue(stopped.err().contains("rename it \"Second tel\""), stopped.err());

        CommandRun ignored = CommandRun.of("import", file.toString(), "--ignore-column", "Tel", "--db", db());
        assertEquals(CommandLines.REFUSED, ignored.exitCode(), "ignoring \"Tel\" cannot say which of the two");
        assertTrue(ignored.err().contains("cannot tell them apart"), ignored.err());
    }

    @Test
    void ofPhoneAndTelephoneTheOneNotIgnoredIsRead() throws IOException {
        Path file = csv("phones.csv", "Name,Date,Organisation,Phone,Telephone",
                "Karen Whitfield,13/02/2025,Wigston Larder,0116 496 0101,07700 900101");
        CommandRun stopped = CommandRun.of("import", file.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, stopped.exitCode());
        assertTrue(stopped.err().contains("\"Phone\" (column 4) and \"Telephone\" (column 5)"), stopped.err());
        assertTrue(stopped.err().contains("--ignore-column \"Telephone\""), stopped.err());

        CommandRun ok = CommandRun.of("import", file.toString(), "--ignore-column", "phone", "--db", db());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("Not imported: the column \"Phone\"."), ok.out());
        assertTrue(export().contains("07700 900101"));
    }

    @Test
    void textUnderAColumnWithNoHeadingStopsTheImportUntilTheColumnIsLeftOut() throws IOException {
        Path file = csv("blank.csv", "Name,Date,Organisation,,Email,",
                "Karen Whitfield,13/02/2025,Wigston Larder,,k@example.org,",
                "Sunil Parmar,13/02/2025,Befriending Group,Needs large print,s@example.org,");
        CommandRun stopped = CommandRun.of("import", file.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, stopped.exitCode());
        assertTrue(stopped.err().contains("Column 4, which has no heading, holds text (\"Needs large print\" on "
                + "line 3)"), stopped.err());
        assertTrue(stopped.err().contains("Give the column a heading"), stopped.err());
        assertTrue(stopped.err().contains("--ignore-column \"column 4\""), stopped.err());

        CommandRun ok = CommandRun.of("import", file.toString(), "--ignore-column", "Column 4", "--db", db());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("All 2 rows"), ok.out());
    }

    @Test
    void emptyNamelessColumnsAndARowNumberColumnAreLeftOutQuietly() throws IOException {
        Path file = csv("pandas.csv", ",Name,Date,Organisation,,",
                "0,Karen Whitfield,13/02/2025,Wigston Larder,,",
                "1,Sunil Parmar,13/02/2025,Befriending Group,,");
        CommandRun ok = CommandRun.of("import", file.toString(), "--db", db());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("All 2 rows"), ok.out());
    }

    @Test
    void aDateColumnWhoseHeadingGivesTheFormatNeedsNoConfirming() throws IOException {
        Path file = csv("hint.csv", "Name,Date signed (dd/mm/yyyy),Organisation,Date received (MM/DD/YY)",
                "Karen Whitfield,03/02/2025,Wigston Larder,02/04/25");
        CommandRun ok = CommandRun.of("import", file.toString(), "--db", db());
        assertEquals(0, ok.exitCode(), ok.err());
        String export = export();
        assertTrue(export.contains("03/02/2025"), export);
        assertTrue(export.contains("04/02/2025"), export);
    }
}
