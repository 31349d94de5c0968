package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.compactregister.model.Address;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.FormField;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.SignatoryFields;
import org.compactregister.model.StaffMember;
import org.compactregister.model.RegisterLocation;
import org.compactregister.persistence.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four members of staff, each in a JVM of its own, make 500 edits each to the same twelve
 * signatories of a shared register on a real PostgreSQL server, all at once. No edit is lost: every
 * save that was accepted made a version of its own, every other edit was refused to the one who made
 * it (naming the fields), and the register ends exactly as the accepted edits replayed one after the
 * other in version order; the audit trail holds one entry per accepted edit, by its maker.
 */
class FourClientsTest {

    private static final int CLIENTS = 4;
    private static final int EDITS = 500;
    private static final int SIGNATORIES = 12;

    @TempDir
    Path dir;

    record Outcome(String staff, boolean saved, long id, int version, FormField field, String value) {
    }

    static String address(RegisterLocation.Server db) {
        return "postgresql://" + db.host() + ":" + db.port() + "/" + db.database() + "?user=" + db.userOrDefault();
    }

    @Test
    void fourClientsEditingTheSameSignatoriesLoseNothing() throws Exception {
        RegisterLocation.Server database = TestPostgres.freshDatabase();
        Map<Long, Map<String, String>> replay = new HashMap<>();
        try (Services services = Services.open(database, Clock.systemDefaultZone(), new StaffMember("setup"))) {
            for (int i = 0; i < SIGNATORIES; i++) {
                LocalDate signed = LocalDate.of(2026, 10, 1);
                Signatory s = ((SaveOutcome.Saved) services.register().register(new CommitmentForm("Person " + i,
                        signed, "Overlap Trust " + (char) ('A' + i), new Address("1 High Street", "", "Leicester",
                        "LE1 1AA"), "0116 496 0000", "", Sector.VOLUNTARY_AND_COMMUNITY, signed.plusDays(1),
                        HowReceived.POST, ""), true)).signatory();
                replay.put(s.id(), new LinkedHashMap<>(SignatoryFields.ofForm(s.form())));
            }
        }

        List<Process> clients = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    EditingClient.class.getName(), address(database), "staff" + c, String.valueOf(EDITS),
                    String.valueOf(SIGNATORIES), String.valueOf(1000 + c), dir.resolve("client" + c + ".txt").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("client" + c + ".log").toFile()).start());
        }
        for (Process client : clients) {
            assertTrue(client.waitFor(10, TimeUnit.MINUTES), "a client did not finish");
            assertEquals(0, client.exitValue(), "a client failed: see its log");
        }

        List<Outcome> outcomes = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            List<String> lines = Files.readAllLines(dir.resolve("client" + c + ".txt"), StandardCharsets.UTF_8);
            assertEquals(EDITS, lines.size(), "every edit of client " + c + " has an outcome it was told of");
            for (String line : lines) {
                String[] f = line.split("\t", -1);
                boolean saved = f[0].equals("SAVED");
                if (!saved) {
                    assertFalse(f[3].isBlank(), "a refusal names the fields that differ: " + line);
                }
                outcomes.add(new Outcome("staff" + c, saved, Long.parseLong(f[1]), Integer.parseInt(f[2]),
                        saved ? FormField.valueOf(f[3]) : null, saved ? f[4] : null));
            }
        }
        List<Outcome> accepted = outcomes.stream().filter(Outcome::saved)
                .sorted(Comparator.comparingLong(Outcome::id).thenComparingInt(Outcome::version)).toList();
        long refused = outcomes.size() - accepted.size();
        assertTrue(refused > 0, "the clients really did collide");

        try (Services services = Services.open(database, Clock.systemDefaultZone(), new StaffMember("check"))) {
            for (long id = 1; id <= SIGNATORIES; id++) {
                long signatory = id;
                List<Outcome> mine = accepted.stream().filter(o -> o.id() == signatory).toList();
                Signatory now = services.register().find(id).orElseThrow();
                assertEquals(mine.size() + 1, now.version(), "one version per accepted edit of " + id);
                for (int v = 0; v < mine.size(); v++) {
                    assertEquals(v + 2, mine.get(v).version(), "versions of " + id + " follow each other, none twice");
                    replay.get(id).put(mine.get(v).field().label(), mine.get(v).value());
                }
                assertEquals(replay.get(id), SignatoryFields.ofForm(now.form()),
                        "signatory " + id + " is the accepted edits replayed in order");
            }
            List<AuditEntry> edits = services.audit().find(AuditFilter.everything()).stream()
                    .filter(e -> e.action() == AuditAction.EDITED).toList();
            assertEquals(accepted.size(), edits.size(), "one audit entry per accepted edit");
            for (int c = 0; c < CLIENTS; c++) {
                String staff = "staff" + c;
                assertEquals(accepted.stream().filter(o -> o.staff().equals(staff)).count(),
                        edits.stream().filter(e -> e.staff().name().equals(staff)).count(), "entries by " + staff);
            }
        }
        System.out.printf("Four clients x %d edits on %d signatories: %d accepted, %d refused to their makers%n",
                EDITS, SIGNATORIES, accepted.size(), refused);
    }
}
