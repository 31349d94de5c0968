package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.service.SaveOutcome;
import org.compactregister.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit command on a real register file: fields by their names, a save over a newer version refused by name. */
class EditCommandTest {

    @TempDir
    Path dir;

    private Path database;
    private Signatory stored;

    @BeforeEach
    void fill() {
        database = dir.resolve("register");
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            LocalDate signed = LocalDate.now().minusDays(20);
            stored = ((SaveOutcome.Saved) services.register().register(new CommitmentForm("Tomasz Nowicki", signed,
                    "Kingsmere Walking Group", new Address("2 Canal Side", "", "Kingsmere", "LE4 7GH"), "0116 496 0100",
                    "", Sector.VOLUNTARY_AND_COMMUNITY, signed.plusDays(4), HowReceived.EMAIL, ""), true)).signatory();
        }
    }

    private Signatory now() {
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            return services.register().find(stored.id()).orElseThrow();
        }
    }

    @Test
    void fieldsAreSetByTheirNamesAndTheNewVersionIsPrinted() {
        CommandRun run = CommandRun.of("--db", database.toString(), "edit", stored.reference(), "--set", "town=Leicester",
                "--set", "Tel=+44 116 496 0222", "--set", "Sector=social", "--set", "Notes=");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Saved " + stored.reference() + " \"Kingsmere Walking Group\" (version 2).", run.out().strip());
        Signatory edited = now();
        assertEquals("Leicester", edited.form().address().town());
        assertEquals("0116 496 0222", edited.form().telephone());
        assertEquals(Sector.SOCIAL_ENTERPRISE, edited.form().sector());
    }

    @Test
    void aSaveOverANewerVersionIsRefusedNamingTheFieldsThatDiffer() {
        assertEquals(0, CommandRun.of("edit", stored.reference(), "--set", "Town=Leicester", "--if-version", "1",
                "--db", database.toString()).exitCode());
        CommandRun late = CommandRun.of("edit", stored.reference(), "--set", "Town=Kingsmere", "--set", "Tel=0116 496 0100",
                "--set", "Email=walks@kingsmere.example.org", "--if-version", "1", "--db", database.toString());
        assertEquals(CommandLines.REFUSED, late.exitCode());
        assertEquals("edit: " + stored.reference() + " \"Kingsmere Walking Group\" is at version 2, not 1: someone else "
                + "saved it since. Nothing was saved. Yours and theirs differ in: Town, Email.", late.err().strip());
        assertEquals("Leicester", now().form().address().town());
        assertEquals(2, now().version());
    }

    @Test
    void badInputIsRefusedInWordsAndNothingIsSaved() {
        CommandRun noField = CommandRun.of("edit", stored.reference(), "--set", "Colour=blue", "--db", database.toString());
        assertEquals(CommandLines.REFUSED, noField.exitCode());
        assertTrue(noField.err().startsWith("edit: there is no field called \"Colour\". Use one of: Name, Date signed"),
                noField.err());
        CommandRun badDate = CommandRun.of("edit", stored.reference(), "--set", "Date signed=31/02/2026", "--db",
                database.toString());
        assertEquals("edit: \"31/02/2026\" is not a date: write it day first, like 24/11/2026. Nothing was saved.",
                badDate.err().strip());
        CommandRun badPostcode = CommandRun.of("edit", stored.reference(), "--set", "Postcode=LE4", "--db",
                database.toString());
        assertEquals(CommandLines.REFUSED, badPostcode.exitCode());
        assertTrue(badPostcode.err().contains("\"LE4\" is only the first half of a postcode"), badPostcode.err());
        CommandRun missing = CommandRun.of("edit", "CS-000999", "--set", "Town=Leicester", "--db", database.toString());
        assertEquals("edit: there is no signatory CS-000999 in the register. Nothing was saved.", missing.err().strip());
        assertEquals(1, now().version(), "nothing saved");
        assertTrue(CommandRun.of("edit", "--help").out().contains("--if-version"));
    }
}
