package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.io.RegisterBackup;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.RegisterLocation;
import org.compactregister.persistence.TestPostgres;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restore FILE --db postgresql://…}: a backup of a register file restores onto a shared register
 * on a real PostgreSQL server, in place, with {@code --db} before or after the command's name; without
 * {@code --yes} and without a terminal it refuses and the server keeps what it held.
 */
class RestoreOnServerCommandTest {

    @TempDir
    Path dir;

    private Path backupOfSevenSignatories() {
        Path file = dir.resolve("office");
        Path zip = dir.resolve("office-backup.zip");
        try (Services services = Services.open(file, Clock.systemDefaultZone())) {
            services.sampleData().fillEmptyRegister(7);
            new RegisterBackup(services).backUp(zip);
        }
        return zip;
    }

    private static int count(RegisterLocation location) {
        try (Services services = Services.open(location, Clock.systemDefaultZone())) {
            return services.register().count();
        }
    }

    @Test
    void aFileBackupReplacesTheSharedRegisterInPlace() {
        Path zip = backupOfSevenSignatories();
        RegisterLocation.Server server = TestPostgres.freshDatabase();
        try (Services shared = Services.open(server, Clock.systemDefaultZone())) {
            shared.sampleData().fillEmptyRegister(3);
        }
        CommandRun run = CommandRun.of("--db", server.address(), "restore", zip.toString(), "--yes");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Restored 7 signatories from " + zip), run.out());
        assertTrue(run.out().contains(server.describe()), run.out());
        try (Services shared = Services.open(server, Clock.systemDefaultZone())) {
            assertEquals(7, shared.register().count());
            assertEquals(1, shared.audit().find(new AuditFilter("", null, null, AuditAction.RESTORED, null)).size());
        }
    }

    @Test
    void withoutYesAndWithoutATerminalNothingIsRestored() {
        Path zip = backupOfSevenSignatories();
        RegisterLocation.Server server = TestPostgres.freshDatabase();
        try (Services shared = Services.open(server, Clock.systemDefaultZone())) {
            shared.sampleData().fillEmptyRegister(3);
        }
        CommandRun run = CommandRun.of("restore", zip.toString(), "--db", server.address());
        assertEquals(CommandLines.REFUSED, run.exitCode(), run.out());
        assertTrue(run.err().contains("nothing was restored"), run.err());
        assertEquals(3, count(server));
    }
}
