package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.StaffMember;
import org.compactregister.persistence.RegisterDatabase;
import org.compactregister.service.CancelledException;
import org.compactregister.service.MovedRegisters;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup plumbing for a register that is not an H2 file, run here on H2 registers: a backup
 * taken through a temporary H2 copy restores the ordinary way, and a backup (either kind) restores
 * over a register's contents through a copy, all or nothing.
 */
class BackupThroughCopyTest {

    private static final StaffMember STAFF = new StaffMember("t.backup");

    @TempDir
    Path dir;

    private Path office;
    private String csv;
    private List<String> rows;
    private Map<Long, String> scans;

    @BeforeEach
    void anOfficeRegisterWithEverything() throws Exception {
        office = dir.resolve("office");
        try (Services services = Services.open(office, Clock.systemDefaultZone(), STAFF)) {
            MovedRegisters.fill(services, dir, 20, 10);
        }
        try (Services services = Services.open(office, Clock.systemDefaultZone(), STAFF)) {
            csv = MovedRegisters.csv(services, dir, "office.csv");
            rows = MovedRegisters.rows(services, null);
            scans = MovedRegisters.scanDigests(services);
        }
    }

    @Test
    void aBackupTakenThroughACopyRestoresTheOrdinaryWay() throws Exception {
        Path zip = dir.resolve("through-copy.zip");
        try (RegisterDatabase database = RegisterDatabase.open(office)) {
            assertEquals(22, BackupThroughCopy.backUp(database, zip, Progress.NONE));
        }
        assertEquals(22, RegisterBackup.inspect(zip).signatories());
        Path restored = dir.resolve("restored");
        RegisterBackup.restore(restored, zip);
        try (Services services = Services.open(restored, Clock.systemDefaultZone(), STAFF)) {
            assertEquals(csv, MovedRegisters.csv(services, dir, "restored.csv"));
            assertEquals(scans, MovedRegisters.scanDigests(services));
            assertEquals("", MovedRegisters.firstDifference(rows,
                    MovedRegisters.rows(services, AuditAction.RESTORED.name())));
        }
    }

    @Test
    void eitherKindOfBackupRestoresOverARegistersContentsThroughACopy() throws Exception {
        Path ordinary = dir.resolve("ordinary.zip");
        try (Services services = Services.open(office, Clock.systemDefaultZone(), STAFF)) {
            new RegisterBackup(services).backUp(ordinary);
        }
        Path throughCopy = dir.resolve("through-copy.zip");
        try (RegisterDatabase database = RegisterDatabase.open(office)) {
            BackupThroughCopy.backUp(database, throughCopy, Progress.NONE);
        }
        for (Path zip : List.of(ordinary, throughCopy)) {
            Path other = dir.resolve("other-" + zip.getFileName());
            try (Services services = Services.open(other, Clock.systemDefaultZone(), STAFF)) {
                services.sampleData().fillEmptyRegister(30);
            }
            try (RegisterDatabase database = RegisterDatabase.open(other)) {
                assertEquals(22, BackupThroughCopy.restore(database, zip, Instant.parse("2026-12-01T17:00:00Z"),
                        STAFF, Clock.systemDefaultZone(), Progress.NONE));
            }
            try (Services services = Services.open(other, Clock.systemDefaultZone(), STAFF)) {
                assertEquals(csv, MovedRegisters.csv(services, dir, "other.csv"), zip.toString());
                assertEquals(scans, MovedRegisters.scanDigests(services));
                assertEquals("", MovedRegisters.firstDifference(rows,
                        MovedRegisters.rows(services, AuditAction.RESTORED.name())));
                assertEquals(1, services.audit().find(new AuditFilter("", null, null, AuditAction.RESTORED, null))
                        .size(), "the restore is in the trail, with the trail of the backup");
            }
        }
    }

    @Test
    void aCancelledRestoreLeavesTheRegisterAsItWas() throws Exception {
        Path zip = dir.resolve("ordinary.zip");
        try (Services services = Services.open(office, Clock.systemDefaultZone(), STAFF)) {
            new RegisterBackup(services).backUp(zip);
        }
        Path other = dir.resolve("other");
        List<String> before;
        try (Services services = Services.open(other, Clock.systemDefaultZone(), STAFF)) {
            services.sampleData().fillEmptyRegister(30);
            before = MovedRegisters.rows(services, null);
        }
        Progress cancelling = new Progress() {
            private long done;

            @Override
            public void update(long rows, long total, String message) {
                done = rows;
            }

            @Override
            public boolean isCancelled() {
                return done > 50;
            }
        };
        try (RegisterDatabase database = RegisterDatabase.open(other)) {
            assertThrows(CancelledException.class, () -> BackupThroughCopy.restore(database, zip, Instant.now(), STAFF,
                    Clock.systemDefaultZone(), cancelling));
        }
        try (Services services = Services.open(other, Clock.systemDefaultZone(), STAFF)) {
            assertEquals("", MovedRegisters.firstDifference(before, MovedRegisters.rows(services, null)));
        }
        Path notWritten = dir.resolve("not-written.zip");
        try (RegisterDatabase database = RegisterDatabase.open(office)) {
            assertThrows(CancelledException.class, () -> BackupThroughCopy.backUp(database, notWritten, cancelling));
        }
        assertFalse(Files.exists(notWritten));
    }
}
