package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.compactregister.model.RetentionRules;
import org.compactregister.model.Signatory;
import org.compactregister.model.Withdrawal;
import org.compactregister.privacy.RetentionService;
import org.compactregister.service.ErasureTestData;
import org.compactregister.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands audit, subject-access, erase and retention, on a real register file. */
class PrivacyCommandsTest {

    @TempDir
    Path dir;

    private Path database;
    private Signatory kept;
    private Signatory withdrawn;

    @BeforeEach
    void fill() {
        database = dir.resolve("register");
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            kept = ErasureTestData.fullyUsed(services, dir, "Rosalind Fenwick-Amory", "rosalind@example.org",
                    "Kettlebrook Toddler Group");
            Signatory leaving = ErasureTestData.fullyUsed(services, dir.resolve("b"), "Ambrose Quillington",
                    "ambrose@example.org", "Coldharbour Cycling Club");
            withdrawn = services.register().withdraw(leaving, new Withdrawal(LocalDate.now().minusDays(1), "Closed"));
            new RetentionService(services).configure(new RetentionRules(0, 0, 0));
        }
    }

    @Test
    void auditWritesTheTrailSinceADayForOneSignatory() throws Exception {
        Path csv = dir.resolve("audit.csv");
        CommandRun run = CommandRun.of("audit", "--since", "01/01/2020", "--signatory", kept.reference(), "--out",
                csv.toString(), "--db", database.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("Entered") && text.contains("Edited") && text.contains(kept.reference()), text);
        assertFalse(text.contains(withdrawn.reference()), "only the signatory asked for");
        assertTrue(run.out().contains("audit entries"), run.out());
        CommandRun bad = CommandRun.of("audit", "--since", "yesterday", "--out", csv.toString(), "--db",
                database.toString());
        assertEquals(CommandLines.REFUSED, bad.exitCode());
        assertTrue(bad.err().contains("is not a date"), bad.err());
    }

    @Test
    void eraseRefusesWithoutATerminalUnlessYes() {
        CommandRun refused = CommandRun.of("erase", kept.reference(), "--db", database.toString());
        assertEquals(CommandLines.REFUSED, refused.exitCode());
        assertTrue(refused.err().contains("no terminal"), refused.err());
        CommandRun done = CommandRun.of("--db", database.toString(), "erase", kept.reference(), "--yes");
        assertEquals(0, done.exitCode(), done.err());
        assertTrue(done.out().contains("Kettlebrook Toddler Group"), done.out());
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            assertEquals("", services.register().find(kept.id()).orElseThrow().signatoryName());
        }
        CommandRun again = CommandRun.of("erase", kept.reference(), "--yes", "--db", database.toString());
        assertEquals(CommandLines.REFUSED, again.exitCode());
        assertTrue(again.err().contains("already erased"), again.err());
        assertEquals(CommandLines.REFUSED, CommandRun.of("erase", "oak", "--yes", "--db", database.toString()).exitCode());
    }

    @Test
    void subjectAccessWritesThePackAndListsTheRequest() throws Exception {
        Path zip = dir.resolve("pack.zip");
        CommandRun run = CommandRun.of("subject-access", "--person", "rosalind@example.org", "--out", zip.toString(),
                "--db", database.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(zip) > 0);
        assertTrue(run.out().contains(kept.reference()) && run.out().contains("due"), run.out());
        CommandRun list = CommandRun.of("subject-access", "--requests", "--db", database.toString());
        assertTrue(list.out().contains("rosalind@example.org") && list.out().contains("Open, due"), list.out());
        CommandRun nobody = CommandRun.of("subject-access", "--person", "Nobody Known", "--out",
                dir.resolve("n.zip").toString(), "--db", database.toString());
        assertEquals(CommandLines.REFUSED, nobody.exitCode());
        assertTrue(nobody.err().contains("Nobody in the register"), nobody.err());
    }

    @Test
    void retentionListsWhatIsDueThenRemovesIt() {
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            new RetentionService(services).configure(new RetentionRules(0, 0, 0));
        }
        CommandRun none = CommandRun.of("retention", "--dry-run", "--db", database.toString());
        assertEquals(0, none.exitCode(), none.err());
        assertTrue(none.out().contains("0 items are due"), none.out());
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            new RetentionService(services).configure(new RetentionRules(1, 1, 0));
        }
        // as if the withdrawal and the acknowledgements were two years ago
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            services.database().jdbi().useHandle(h -> h.execute(
                    "UPDATE signatory SET withdrawn_on = DATEADD(YEAR, -2, withdrawn_on), "
                            + "acknowledged_on = DATEADD(YEAR, -2, acknowledged_on)"));
        }
        CommandRun dry = CommandRun.of("retention", "--dry-run", "--db", database.toString());
        assertTrue(dry.out().contains("Personal details · " + withdrawn.reference()), dry.out());
        assertTrue(dry.out().contains("Scans · " + kept.reference()), dry.out());
        assertTrue(dry.out().contains("personal details kept 1 year after withdrawal"), dry.out());
        CommandRun apply = CommandRun.of("retention", "--apply", "--db", database.toString());
        assertEquals(0, apply.exitCode(), apply.err());
        assertTrue(apply.out().contains("Removed 2 items due"), apply.out());
        assertTrue(CommandRun.of("retention", "--dry-run", "--db", database.toString()).out().contains("0 items are due"));
        CommandRun neither = CommandRun.of("retention", "--db", database.toString());
        assertEquals(2, neither.exitCode(), "picocli's usage error: one of --dry-run and --apply is needed");
        assertTrue(neither.err().contains("--dry-run"), neither.err());
    }
}
