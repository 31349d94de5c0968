package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a batch job runs them: exit codes, one-line reasons, and what they leave behind. */
class CommandsTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private String db() {
        return dir.resolve("register").toString();
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void anImportWithRefusedRowsExitsNonZeroAndSaysWhereTheReportIs() throws IOException {
        Path file = csv("office.csv", "name,DATE,Organisation,Postcode",
                "Amelia Whitfield,24/11/2025,Brambleford Food Share,le1 1aa",
                "Zofia Nowak,31/02/2025,Oakwell Youth Club,",
                "Rajesh Mistry,2024-02-03,Kingsmere Carers' Support Group,LE2 3BD");
        CommandRun run = run("import", file.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, run.exitCode());
        Path report = dir.resolve("office-refused.csv");
        assertEquals("import: 1 row of 3 in office.csv was refused; the other 2 rows were imported. The refused rows "
                + "and why are in " + report + ".", run.err().strip());
        assertTrue(Files.readString(report).contains("\"Date signed: \"\"31/02/2025\"\" is not a date."));

        CommandRun stats = run("stats", "--db", db());
        assertEquals(0, stats.exitCode());
        assertTrue(stats.out().contains("Signatories:       2"), stats.out());
    }

    @Test
    void aCleanImportExitsZeroAndAllOrNothingEntersNothing() throws IOException {
        Path good = csv("good.csv", "Name,Date,On behalf of Organisation", "Amelia Whitfield,24/11/2025,Food Share");
        CommandRun ok = run("import", good.toString(), "--db", db());
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals("All 1 row of good.csv went into the register.", ok.out().strip());

        Path mixed = csv("mixed.csv", "Name,Date,On behalf of Organisation", "A Person,24/11/2025,Youth Club",
                ",24/11/2025,Walking Group");
        Path report = dir.resolve("reports").resolve("mixed-report.csv");
        Files.createDirectories(report.getParent());
        CommandRun refused = run("import", mixed.toString(), "--all-or-nothing", "--report", report.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, refused.exitCode());
        assertTrue(refused.err().contains("so nothing was imported (all or nothing)"), refused.err());
        assertTrue(Files.exists(report));
        try (Services services = Services.open(Path.of(db()), Clock.systemDefaultZone())) {
            assertEquals(1, services.register().count());
        }
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path file = csv("names.csv", "Name,Organisation", "A Person,Youth Club");
        CommandRun run = run("import", file.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, run.exitCode());
        assertEquals("import: names.csv has no \"Date signed\" column. The first row of the file must name its "
                + "columns, for example: Name, Date, On behalf of Organisation, Address, Tel, Email.", run.err().strip());
    }

    @Test
    void exportBackupAndRestore() throws IOException {
        Path file = csv("good.csv", "Name,Date,On behalf of Organisation", "Amelia Whitfield,24/11/2025,Food Share",
                "Rajesh Mistry,01/02/2024,Carers' Support Group");
        assertEquals(0, run("import", file.toString(), "--db", db()).exitCode());

        Path export = dir.resolve("register.csv");
        CommandRun exported = run("export", "--out", export.toString(), "--db", db());
        assertEquals(0, exported.exitCode(), exported.err());
        assertTrue(Files.readString(export).contains("CS-000002,Rajesh Mistry,01/02/2024,Carers' Support Group"),
                Files.readString(export));

        Path backup = dir.resolve("backup.zip");
        CommandRun backedUp = run("backup", "--out", backup.toString(), "--db", db());
        assertEquals(0, backedUp.exitCode(), backedUp.err());
        assertEquals("Backed up 2 signatories to " + backup + ".", backedUp.out().strip());

        assertEquals(0, run("import", csv("more.csv", "Name,Date,Organisation", "C Person,01/01/2021,Third Org")
                .toString(), "--db", db()).exitCode());

        CommandRun asked = run("restore", backup.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, asked.exitCode(), "no terminal to ask on in a test");
        assertEquals("restore: nothing was restored: there is no terminal to ask on. Add --yes to replace the "
                + "register without asking.", asked.err().strip());

        CommandRun notABackup = run("restore", export.toString(), "--yes", "--db", db());
        assertNotEquals(0, notABackup.exitCode());
        assertTrue(notABackup.err().startsWith("restore: register.csv is not a backup"), notABackup.err());

        CommandRun restored = run("restore", backup.toString(), "--yes", "--db", db());
        assertEquals(0, restored.exitCode(), restored.err());
        assertTrue(run("stats", "--db", db()).out().contains("Signatories:       2"));
    }

    @Test
    void aRegisterThatCannotBeOpenedIsOneLine() throws IOException {
        Path notADatabase = Files.writeString(dir.resolve("junk.mv.db"), "junk");
        CommandRun run = run("stats", "--db", notADatabase.toString());
        assertEquals(CommandLines.REFUSED, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("stats: "), run.err());
    }

    @Test
    void anUnrecognisedColumnStopsTheImportUntilItIsIgnoredByName() throws IOException {
        Path file = csv("crm.csv", "Organisation Name,Contact First Name,Contact Surname,Date Signed,County,Region",
                "Wigston Community Larder,Karen,Whitfield,24/11/2025,Leicestershire,East Midlands");
        CommandRun stopped = run("import", file.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, stopped.exitCode());
        assertTrue(stopped.err().contains("has columns the register does not recognise: \"County\", \"Region\". "
                + "Nothing was imported."), stopped.err());
        assertTrue(stopped.err().contains("--ignore-column \"County\" --ignore-column \"Region\""), stopped.err());

        CommandRun ok = run("import", file.toString(), "--ignore-column", "County", "--ignore-column", "region", "--db", db());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("Not imported: the columns \"County\", \"Region\"."), ok.out());
        assertTrue(run("stats", "--db", db()).out().contains("Signatories:       1"));
    }

    @Test
    void theRegistersOwnExportIsNotImportedUntilItsStatusesAreLeftBehindByName() throws IOException {
        Path file = csv("office.csv", "Name,Date,Organisation", "Ann Lee,24/11/2025,Oakwell Club");
        assertEquals(0, run("import", file.toString(), "--db", db()).exitCode());
        assertEquals(0, run("letters", "--outstanding", "--mark-acknowledged", "--out",
                dir.resolve("letters.pdf").toString(), "--db", db()).exitCode());
        Path export = dir.resolve("export.csv");
        assertEquals(0, run("export", "--out", export.toString(), "--db", db()).exitCode());
        assertTrue(Files.readString(export).contains(",Acknowledged,"), "the export holds the status");
        String other = dir.resolve("other").resolve("register").toString();

        CommandRun stopped = run("import", export.toString(), "--db", other);
        assertEquals(CommandLines.REFUSED, stopped.exitCode());
        assertTrue(stopped.err().startsWith("import: export.csv: This file comes from the register (its export or a "
                + "contact list): its statuses (Status, Acknowledged on, Withdrawn on) are not imported."), stopped.err());
        assertTrue(stopped.err().contains("To move a whole register, use backup and restore, or move-register."),
                stopped.err());
        assertTrue(stopped.err().contains("those already acknowledged would get acknowledgement letters again"),
                stopped.err());
        assertTrue(stopped.err().contains("Nothing was imported. To enter its forms anyway, as new and received: "
                + "--ignore-column \"Reference\" --ignore-column \"Status\" --ignore-column \"Acknowledged on\" "
                + "--ignore-column \"Withdrawn on\" --ignore-column \"Withdrawal reason\"."), stopped.err());
        assertTrue(run("stats", "--db", other).out().contains("Signatories:       0"));

        CommandRun anyway = run("import", export.toString(), "--db", other, "--ignore-column", "Reference",
                "--ignore-column", "Status", "--ignore-column", "Acknowledged on", "--ignore-column", "Withdrawn on",
                "--ignore-column", "Withdrawal reason");
        assertEquals(0, anyway.exitCode(), anyway.err());
        assertTrue(run("stats", "--db", other).out().contains("Received:        1"));
    }

    @Test
    void aDateColumnThatCouldBeEitherOrderStopsTheImportUntilDatesSaysWhich() throws IOException {
        Path file = csv("doubtful.csv", "Name,Date,Organisation", "Ann Lee,03/02/2025,Oakwell Club",
                "Bo Chan,04/05/2025,Fernley Choir");
        CommandRun stopped = run("import", file.toString(), "--db", db());
        assertEquals(CommandLines.REFUSED, stopped.exitCode());
        assertTrue(stopped.err().contains("03/02/2025 on line 2 is 3 February 2025 if the day comes first, or "
                + "2 March 2025 if the month comes first. Nothing was imported. Say which with --dates day-first "
                + "or --dates month-first."), stopped.err());

        assertEquals(0, run("import", file.toString(), "--dates", "month-first", "--db", db()).exitCode());
        try (Services services = Services.open(Path.of(db()), Clock.systemDefaultZone())) {
            assertEquals(java.time.LocalDate.of(2025, 3, 2), services.register().find(1).orElseThrow().form().dateSigned());
        }
        Path decided = csv("decided.csv", "Name,Date,Organisation", "Cy Dunn,03/02/2025,Thornby Club",
                "Di Eve,2/13/2025,Larkhill Group");
        CommandRun judged = run("import", decided.toString(), "--db", db());
        assertEquals(0, judged.exitCode(), judged.err());
        assertTrue(judged.out().contains("2/13/2025 on line 3 can only be month first"), judged.out());
        assertEquals(CommandLines.REFUSED, run("import", file.toString(), "--dates", "sideways", "--db", db()).exitCode());
    }
}
