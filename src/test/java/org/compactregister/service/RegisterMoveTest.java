package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.StaffMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving a whole register into a new one: everything arrives, the source stays as it was, or nothing happens. */
class RegisterMoveTest {

    static final StaffMember STAFF = new StaffMember("t.move");

    @TempDir
    Path dir;

    @Test
    void aMovedRegisterHoldsEverythingAndTheSourceFileIsUnchanged() throws Exception {
        Path source = dir.resolve("source");
        String csv;
        List<String> rows;
        Map<Long, String> scans;
        try (Services services = Services.open(source, RegisterServiceTest.CLOCK, STAFF)) {
            MovedRegisters.fill(services, dir, 40, 100);
        }
        try (Services services = Services.open(source, RegisterServiceTest.CLOCK, STAFF)) {
            // read after the close that compacted the file after the erasure (and noted that in the ledger)
            csv = MovedRegisters.csv(services, dir, "before.csv");
            rows = MovedRegisters.rows(services, null);
            scans = MovedRegisters.scanDigests(services);
        }
        String sourceBytes = fileDigest(source.resolveSibling("source.mv.db"));
        List<long[]> seen = new ArrayList<>();

        MoveReport report = RegisterMove.move(source.toString(), dir.resolve("moved").toString(), STAFF, RegisterServiceTest.CLOCK,
                recording(seen, Long.MAX_VALUE));

        assertEquals(sourceBytes, fileDigest(source.resolveSibling("source.mv.db")), "the source file's bytes");
        assertEquals(42, report.signatories());
        assertEquals(101, report.scans(), "100 scans and the real PDF (the erased signatory's went with it)");
        assertEquals(101, report.scansCompared());
        assertTrue(report.inWords().startsWith("Moved 42 signatories and 101 scans"), report.inWords());
        assertFalse(seen.isEmpty());
        assertEquals(report.rows(), seen.get(seen.size() - 1)[0], "progress reaches every row");
        try (Services moved = Services.open(dir.resolve("moved"), RegisterServiceTest.CLOCK, STAFF)) {
            assertEquals(csv, MovedRegisters.csv(moved, dir, "after.csv"), "equal CSV exports");
            assertEquals(scans, MovedRegisters.scanDigests(moved), "byte-identical scans");
            assertEquals("", MovedRegisters.firstDifference(rows, MovedRegisters.rows(moved, AuditAction.MOVED.name())),
                    "every row of every table");
            List<AuditEntry> movedHere = moved.audit().find(new AuditFilter("", null, null, AuditAction.MOVED, null));
            assertEquals(1, movedHere.size());
            assertEquals(STAFF, movedHere.get(0).staff());
            assertTrue(movedHere.get(0).summary().contains("source.mv.db"), movedHere.get(0).summary());

            long highest = scans.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            MovedRegisters.addScans(moved, List.of(moved.register().find(1).orElseThrow()), 1, 2_000);
            assertEquals(highest + 1, MovedRegisters.scanDigests(moved).keySet().stream()
                    .mapToLong(Long::longValue).max().orElseThrow(), "new rows get new ids after the copied ones");
            SaveOutcome added = moved.register().register(AuditCoverageSteps.form("Ona New", "New Choir",
                    java.time.LocalDate.of(2026, 11, 20)), true);
            assertInstanceOf(SaveOutcome.Saved.class, added);
        }
    }

    @Test
    void theOpenRegisterMovesWhileItStaysInUse() throws Exception {
        try (Services services = Services.open(dir.resolve("open"), RegisterServiceTest.CLOCK, STAFF)) {
            MovedRegisters.fill(services, dir, 10, 5);
            String csv = MovedRegisters.csv(services, dir, "open.csv");
            MoveReport report = new RegisterMove(services).moveRegister(dir.resolve("new").toString(), null, Progress.NONE);
            assertEquals(12, report.signatories());
            services.settings().put("scan.max.megabytes", "30");
            assertEquals("30", services.settings().get("scan.max.megabytes").orElseThrow(), "still writable");
            try (Services moved = Services.open(dir.resolve("new"), RegisterServiceTest.CLOCK, STAFF)) {
                assertEquals(csv, MovedRegisters.csv(moved, dir, "new.csv"));
                assertEquals("40", moved.settings().get("scan.max.megabytes").orElseThrow());
            }
        }
    }

    @Test
    void aCancelledMoveLeavesTheTargetEmpty() throws Exception {
        Path source = dir.resolve("source");
        try (Services services = Services.open(source, RegisterServiceTest.CLOCK, STAFF)) {
            MovedRegisters.fill(services, dir, 30, 20);
        }
        Path fresh = dir.resolve("fresh.mv.db");
        assertThrows(CancelledException.class, () -> RegisterMove.move(source.toString(), fresh.toString(), STAFF,
                RegisterServiceTest.CLOCK, recording(new ArrayList<>(), 40)));
        assertFalse(Files.exists(fresh), "a register the move made is removed again");

        Path empty = dir.resolve("empty");
        Services.open(empty, RegisterServiceTest.CLOCK, STAFF).close();
        assertThrows(CancelledException.class, () -> RegisterMove.move(source.toString(), empty.toString(), STAFF,
                RegisterServiceTest.CLOCK, recording(new ArrayList<>(), 150)));
        try (Services target = Services.open(empty, RegisterServiceTest.CLOCK, STAFF)) {
            assertEquals(List.of(), MovedRegisters.rows(target, null), "the empty register it was moving into");
        }
        MoveReport again = RegisterMove.move(source.toString(), empty.toString(), STAFF, RegisterServiceTest.CLOCK, Progress.NONE);
        assertEquals(32, again.signatories(), "a later move into it works");
    }

    @Test
    void aCancelThatComesAsTheCheckedCopyIsAboutToBeKeptStillKeepsNothing() throws Exception {
        Path source = dir.resolve("source");
        try (Services services = Services.open(source, RegisterServiceTest.CLOCK, STAFF)) {
            MovedRegisters.fill(services, dir, 30, 20);
        }
        Path fresh = dir.resolve("fresh.mv.db");
        List<long[]> seen = new ArrayList<>();
        Progress cancelledAtTheLast = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                seen.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void finishing() {
                throw new CancelledException(); // the Cancel came first: the window has said nothing was kept
            }
        };

        assertThrows(CancelledException.class, () -> RegisterMove.move(source.toString(), fresh.toString(), STAFF,
                RegisterServiceTest.CLOCK, cancelledAtTheLast));

        assertFalse(seen.isEmpty(), "the copy and its check ran to the end first");
        assertFalse(Files.exists(fresh), "asked just before it is kept, the move keeps nothing");
    }

    @Test
    void aRegisterThatHoldsSomethingIsNotMovedInto() throws Exception {
        Path source = dir.resolve("source");
        try (Services services = Services.open(source, RegisterServiceTest.CLOCK, STAFF)) {
            MovedRegisters.fill(services, dir, 5, 0);
        }
        Path busy = dir.resolve("busy");
        List<String> before;
        try (Services target = Services.open(busy, RegisterServiceTest.CLOCK, STAFF)) {
            target.sampleData().fillEmptyRegister(1);
            before = MovedRegisters.rows(target, null);
        }
        RefusedException refused = assertThrows(RefusedException.class, () -> RegisterMove.move(source.toString(), busy.toString(), STAFF,
                RegisterServiceTest.CLOCK, Progress.NONE));
        assertEquals("The register to move into is not empty: it holds 1 signatory. Move into a new, empty "
                + "register; nothing was copied.", refused.getMessage());
        try (Services target = Services.open(busy, RegisterServiceTest.CLOCK, STAFF)) {
            assertEquals(before, MovedRegisters.rows(target, null));
        }
        assertThrows(RefusedException.class, () -> RegisterMove.move(source.toString(), source.toString(), STAFF,
                RegisterServiceTest.CLOCK, Progress.NONE), "not onto itself");
    }

    @Test
    void aRegisterLastUsedByAnOlderVersionMovesAndItsFileIsNotTouched() throws Exception {
        Path old = dir.resolve("old");
        String url = "jdbc:h2:" + old + ";TRACE_LEVEL_FILE=0";
        org.flywaydb.core.Flyway.configure().dataSource(url, "register", "").locations(org.compactregister.persistence.RegisterDatabase.migrationLocations(org.compactregister.model.Engine.H2))
                .target("7").load().migrate();
        try (var connection = java.sql.DriverManager.getConnection(url, "register", "");
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO signatory (signatory_name, date_signed, organisation, organisation_key, "
                    + "created_at, updated_at) VALUES ('Ada Older', DATE '2024-05-01', 'Older Allotments', "
                    + "'older allotments', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            statement.execute("SHUTDOWN");
        }
        String bytes = fileDigest(dir.resolve("old.mv.db"));
        MoveReport report = RegisterMove.move(old.toString(), dir.resolve("new").toString(), STAFF, RegisterServiceTest.CLOCK, Progress.NONE);
        assertEquals(1, report.signatories());
        assertEquals(bytes, fileDigest(dir.resolve("old.mv.db")), "the older file is not brought up to date in place");
        try (Services moved = Services.open(dir.resolve("new"), RegisterServiceTest.CLOCK, STAFF)) {
            assertEquals("Older Allotments", moved.register().find(1).orElseThrow().form().organisation());
        }
    }

    /** Records every progress report; cancels once {@code cancelAfter} rows are copied. */
    static Progress recording(List<long[]> seen, long cancelAfter) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                seen.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return !seen.isEmpty() && seen.get(seen.size() - 1)[0] >= cancelAfter;
            }
        };
    }

    static String fileDigest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
