package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command on cells and files as exports and spreadsheets leave them: what goes in and what is said. */
class ImportCellsCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("register").toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String export() throws IOException {
        return CommandRun.exported(db(), dir.resolve("export.csv"));
    }

    @Test
    void excelsTextFormulaAnApostropheFullWidthFormsAndDashesAreReadAsWhatTheyShow() throws IOException {
        Path file = write("forced.csv", String.join("\n",
                "Name,Date,Organisation,Postcode,Tel,Second tel",
                "Karen Whitfield,=\"13/02/2025\",Wigston Larder,=\"le2 1aa\",=\"07700900123\",'07700900124",
                "Sunil Parmar,13\u201102\u20112025,Befriending Group,'LE2 2AA,0116\u2013496\u20130125,(+44) 116 496 0126",
                "Amelia Whitfield,１３/０２/２０２５,Food Share,ＬＥ２ ３ＡＡ,０７７００ ９００１２７,") + "\n");
        CommandRun run = CommandRun.of("import", file.toString(), "--db", db());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        String export = export();
        for (String kept : new String[] {"LE2 1AA", "07700 900123", "07700 900124", "LE2 2AA", "0116 496 0125",
            "0116 496 0126", "LE2 3AA", "07700 900127"}) {
            assertTrue(export.contains(kept), kept + " in " + export);
        }
        assertEquals(3, export.lines().filter(line -> line.contains("13/02/2025")).count(), export);
    }

    @Test
    void aPostcodeWithItsSpaceInTheWrongPlaceIsRefusedWithTheSuggestionAndWithoutASpaceTidied() throws IOException {
        Path file = write("spaces.csv", "Name,Date,Organisation,Postcode\n"
                + "Karen Whitfield,13/02/2025,Wigston Larder,LE2 13AA\n"
                + "Sunil Parmar,13/02/2025,Befriending Group,le213ab\n");
        CommandRun run = CommandRun.of("import", file.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, run.exitCode());
        String report = Files.readString(dir.resolve("spaces-refused.csv"));
        assertTrue(report.contains("the space is in the wrong place: LE21 3AA?"), report);
        String export = export();
        assertTrue(export.contains("LE21 3AB"), export);
        assertFalse(export.contains("LE21 3AA"), export);
    }

    @Test
    void aShortRowIsNamedInTheNotesAndALoneCrInsideALineIsASpace() throws IOException {
        Path file = write("short.csv", "Name,Date,Organisation,Notes,Postcode,Tel,Email,,\n"
                + "Karen Whitfield,13/02/2025,Wigston Larder,Call after 5\rnot Fridays,LE2 1AA,0116 496 0101,k@example.org\n"
                + "Sunil Parmar,13/02/2025,Befriending Group,ok,LE2 2AA\n"
                + "Amelia Whitfield,13/02/2025,Food Share,,LE2 3AA,0116 496 0103,a@example.org,,\n");
        CommandRun run = CommandRun.of("import", file.toString(), "--db", db());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Line 3: the row has 5 of the 7 columns; the rest were left empty."), run.out());
        assertFalse(run.out().contains("Line 2: the row"), "a row without Excel's trailing commas is whole: " + run.out());
        assertTrue(run.out().contains("All 3 rows"), run.out());
        assertTrue(export().contains("Call after 5 not Fridays"));
    }

    @Test
    void aLoneCrInAQuotedCellStaysALineBreakAndAnOldMacFileStillReads() throws IOException {
        Path lf = write("quoted.csv", "Name,Date,Organisation,Notes\n"
                + "Karen Whitfield,13/02/2025,Wigston Larder,\"Line one\rLine two\"\n"
                + "Sunil Parmar,13/02/2025,Befriending Group,ok\rx\n"
                + "Amelia Whitfield,13/02/2025,Food Share,\n");
        assertEquals(0, CommandRun.of("import", lf.toString(), "--db", db()).exitCode());
        assertTrue(export().contains("Line one\nLine two") || export().contains("Line one\r\nLine two"), export());

        Path mac = write("mac.csv", "Name,Date,Organisation\rPriya Shah,14/02/2025,Mac Group\rTomasz Nowak,14/02/2025,Other Group\r");
        CommandRun run = CommandRun.of("import", mac.toString(), "--db", db());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("All 2 rows"), run.out());
    }

    @Test
    void aFileOfWholeQuotedLinesAndAHeaderWithoutRowsAreRefusedSayingWhy() throws IOException {
        Path quoted = write("quoted-lines.csv", "\"Name,Date,Organisation\"\n\"Karen Whitfield,13/02/2025,Wigston Larder\"\n");
        CommandRun run = CommandRun.of("import", quoted.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, run.exitCode());
        assertTrue(run.err().contains("has each line inside one pair of quotes"), run.err());
        assertFalse(run.err().contains("does not recognise"), run.err());

        Path headerOnly = write("header.csv", "\uFEFFName,Date,Organisation\r\n");
        CommandRun empty = CommandRun.of("import", headerOnly.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, empty.exitCode());
        assertTrue(empty.err().contains("header.csv has a header row but no signatories under it, so nothing was "
                + "imported."), empty.err());
    }
}
