package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.RegisterLocation;
import org.compactregister.persistence.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register moved from an H2 file to a PostgreSQL server and back (a real server that the test run
 * starts): byte-identical scans, equal CSV exports, every row of every table the same at both ends;
 * a cancelled move leaves the server's database empty; one that holds a register is not moved into.
 */
class MoveAcrossEnginesTest {

    @TempDir
    Path dir;

    @Test
    void toTheServerAndBackEverythingArrivesAndTheServerRegisterWorks() throws Exception {
        Path source = dir.resolve("office");
        try (Services services = Services.open(source, RegisterServiceTest.CLOCK, RegisterMoveTest.STAFF)) {
            MovedRegisters.fill(services, dir, 40, 100);
            MovedRegisters.addScans(services, List.of(services.register().find(3).orElseThrow()), 1, 3_500_000);
        }
        String csv;
        List<String> rows;
        Map<Long, String> scans;
        try (Services services = Services.open(source, RegisterServiceTest.CLOCK, RegisterMoveTest.STAFF)) {
            csv = MovedRegisters.csv(services, dir, "before.csv");
            rows = MovedRegisters.rows(services, null);
            scans = MovedRegisters.scanDigests(services);
        }
        String sourceBytes = RegisterMoveTest.fileDigest(dir.resolve("office.mv.db"));
        RegisterLocation.Server server = TestPostgres.freshDatabase();

        MoveReport there = RegisterMove.move(source.toString(), server.address(), RegisterMoveTest.STAFF,
                RegisterServiceTest.CLOCK, Progress.NONE);
        assertEquals(42, there.signatories());
        assertEquals(102, there.scansCompared());
        assertEquals(sourceBytes, RegisterMoveTest.fileDigest(dir.resolve("office.mv.db")));
        try (Services shared = Services.open(server, RegisterServiceTest.CLOCK, RegisterMoveTest.STAFF)) {
            assertEquals(csv, MovedRegisters.csv(shared, dir, "on-server.csv"), "the export on the server");
            assertEquals(scans, MovedRegisters.scanDigests(shared), "the scans on the server");
            List<AuditEntry> moved = shared.audit().find(new AuditFilter("", null, null, AuditAction.MOVED, null));
            assertEquals(1, moved.size());
            assertTrue(moved.get(0).summary().contains("office.mv.db"), moved.get(0).summary());
        }

        Path back = dir.resolve("back");
        MoveReport home = RegisterMove.move(server.address(), back.toString(), RegisterMoveTest.STAFF,
                RegisterServiceTest.CLOCK, Progress.NONE);
        assertEquals(42, home.signatories());
        assertTrue(home.inWords().contains("The register at " + server.describe() + " is unchanged."), home.inWords());
        try (Services returned = Services.open(back, RegisterServiceTest.CLOCK, RegisterMoveTest.STAFF)) {
            assertEquals(csv, MovedRegisters.csv(returned, dir, "back.csv"), "equal exports after the round trip");
            assertEquals(scans, MovedRegisters.scanDigests(returned), "byte-identical scans after the round trip");
            assertEquals("", MovedRegisters.firstDifference(rows, MovedRegisters.rows(returned, AuditAction.MOVED.name())),
                    "every row of every table after the round trip");
            assertEquals(2, returned.audit().find(new AuditFilter("", null, null, AuditAction.MOVED, null)).size(),
                    "each move is in the trail it carries");
        }

        try (Services shared = Services.open(server, RegisterServiceTest.CLOCK, RegisterMoveTest.STAFF)) {
            long highest = scans.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            MovedRegisters.addScans(shared, List.of(shared.register().find(1).orElseThrow()), 1, 2_000);
            assertEquals(highest + 1, MovedRegisters.scanDigests(shared).keySet().stream().mapToLong(Long::longValue)
                    .max().orElseThrow(), "new rows on the server get new ids after the copied ones");
            assertInstanceOf(SaveOutcome.Saved.class, shared.register().register(AuditCoverageSteps.form("Ona New",
                    "New Choir", java.time.LocalDate.of(2026, 11, 20)), true));
        }
    }

    @Test
    void aCancelledMoveLeavesTheServerEmptyAndARegisterThereIsNotMovedInto() throws Exception {
        Path source = dir.resolve("office");
        try (Services services = Services.open(source, RegisterServiceTest.CLOCK, RegisterMoveTest.STAFF)) {
            MovedRegisters.fill(services, dir, 30, 10);
        }
        RegisterLocation.Server server = TestPostgres.freshDatabase();
        assertThrows(CancelledException.class, () -> RegisterMove.move(source.toString(), server.address(),
                RegisterMoveTest.STAFF, RegisterServiceTest.CLOCK, RegisterMoveTest.recording(new java.util.ArrayList<>(), 60)));
        try (Services shared = Services.open(server, RegisterServiceTest.CLOCK, RegisterMoveTest.STAFF)) {
            assertEquals(0, shared.register().count());
            assertEquals(List.of(), shared.audit().find(AuditFilter.everything()));
        }
        assertEquals(32, RegisterMove.move(source.toString(), server.address(), RegisterMoveTest.STAFF,
                RegisterServiceTest.CLOCK, Progress.NONE).signatories(), "a later move into it works");
        RefusedException refused = assertThrows(RefusedException.class, () -> RegisterMove.move(source.toString(),
                server.address(), RegisterMoveTest.STAFF, RegisterServiceTest.CLOCK, Progress.NONE));
        assertTrue(refused.getMessage().startsWith("The register to move into is not empty: it holds 32 signatories."),
                refused.getMessage());
    }
}
