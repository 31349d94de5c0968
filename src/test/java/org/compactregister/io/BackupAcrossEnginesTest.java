package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.Signatory;
import org.compactregister.model.StaffMember;
import org.compactregister.model.RegisterLocation;
import org.compactregister.persistence.TestPostgres;
import org.compactregister.service.ErasureService;
import org.compactregister.service.MovedRegisters;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups across engines, on a real PostgreSQL server: a backup taken from the server restores onto
 * a single PC's H2 file, an H2 backup restores onto the server, and an erasure made after the backup
 * was taken is made again.
 */
class BackupAcrossEnginesTest {

    private static final StaffMember STAFF = new StaffMember("t.backup");
    private static final java.time.Clock CLOCK = java.time.Clock.systemDefaultZone();

    @TempDir
    Path dir;

    @Test
    void aBackupFromTheServerRestoresOntoAFile() throws Exception {
        RegisterLocation.Server server = TestPostgres.freshDatabase();
        Path zip = dir.resolve("from-server.zip");
        String csv;
        Map<Long, String> scans;
        try (Services shared = Services.open(server, CLOCK, STAFF)) {
            MovedRegisters.fill(shared, dir, 20, 10);
            csv = MovedRegisters.csv(shared, dir, "server.csv");
            scans = MovedRegisters.scanDigests(shared);
            assertEquals(22, new RegisterBackup(shared).backUp(zip, Progress.NONE).signatories());
        }
        assertEquals(22, RegisterBackup.inspect(zip).signatories());
        Path file = dir.resolve("office");
        RegisterBackup.restore(file, zip);
        try (Services restored = Services.open(file, CLOCK, STAFF)) {
            assertEquals(csv, MovedRegisters.csv(restored, dir, "file.csv"));
            assertEquals(scans, MovedRegisters.scanDigests(restored));
        }
    }

    @Test
    void aFileBackupRestoresOntoTheServerAndAnErasureSinceIsMadeAgain() throws Exception {
        Path file = dir.resolve("office");
        Path zip = dir.resolve("from-file.zip");
        String csv;
        Map<Long, String> scans;
        try (Services services = Services.open(file, CLOCK, STAFF)) {
            MovedRegisters.fill(services, dir, 20, 10);
            csv = MovedRegisters.csv(services, dir, "file.csv");
            scans = MovedRegisters.scanDigests(services);
            new RegisterBackup(services).backUp(zip);
        }
        RegisterLocation.Server server = TestPostgres.freshDatabase();
        try (Services shared = Services.open(server, CLOCK, STAFF)) {
            shared.sampleData().fillEmptyRegister(35);
            BackupSummary summary = new RegisterBackup(shared).restoreOver(zip, Progress.NONE);
            assertEquals(22, summary.signatories());
            assertEquals(List.of(), summary.erasedAgain());
        }
        try (Services shared = Services.open(server, CLOCK, STAFF)) {
            assertEquals(csv, MovedRegisters.csv(shared, dir, "server.csv"));
            assertEquals(scans, MovedRegisters.scanDigests(shared));
            assertEquals(1, shared.audit().find(new AuditFilter("", null, null, AuditAction.RESTORED, null)).size());
            new ErasureService(shared).erase(5, "on request");
            BackupSummary again = new RegisterBackup(shared).restoreOver(zip, Progress.NONE);
            assertEquals(List.of(Signatory.referenceOf(5)), again.erasedAgain(),
                    "erased after the backup was taken: erased again");
        }
        try (Services shared = Services.open(server, CLOCK, STAFF)) {
            assertTrue(new ErasureService(shared).erasedIds().contains(5L));
            assertEquals(List.of(), org.compactregister.model.SignatoryFields.personalValues(
                    shared.register().find(5).orElseThrow().form()), "still in the register, without its personal data");
        }
    }
}
