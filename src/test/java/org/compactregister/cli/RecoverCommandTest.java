package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recover} and {@code restore} rescue a damaged register and keep the damaged file. */
class RecoverCommandTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    /** A register of 12 signatories with an automatic backup of them, then 3 more saved; its file then damaged. */
    private Path damagedRegisterWithABackup() throws IOException {
        Path register = dir.resolve("office/register");
        Path file;
        try (Services services = Services.open(register, Clock.systemDefaultZone())) {
            services.sampleData().fillEmptyRegister(12);
            new AutomaticBackups(services).runIfEnabled().orElseThrow();
            for (var form : new SampleSignatories(7, services.register().today()).forms(3)) {
                services.register().register(form, true);
            }
            file = services.databaseFile();
        }
        damageAllButTheHeader(file);
        return file;
    }

    /** Every block after the store's first header block overwritten, as a disk failing part-way would leave it. */
    private static void damageAllButTheHeader(Path file) throws IOException {
        byte[] junk = new byte[4096];
        Arrays.fill(junk, (byte) 0x5A);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            for (long block = 4096; block < raw.length(); block += 4096) {
                raw.seek(block);
                raw.write(junk);
            }
        }
    }

    private List<Path> damagedCopies() throws IOException {
        try (var files = Files.list(dir.resolve("office"))) {
            return files.filter(f -> f.getFileName().toString().matches("register-damaged-[0-9-]+\\.mv\\.db")).toList();
        }
    }

    @Test
    void recoverSaysWhenNothingCanBeReadAndPointsToTheLatestBackup() throws IOException {
        Path file = damagedRegisterWithABackup();
        byte[] damaged = Files.readAllBytes(file);

        CommandRun run = run("recover", "--db", file.toString());

        assertEquals(CommandLines.REFUSED, run.exitCode(), run.err());
        assertTrue(run.err().contains("is damaged"), run.err());
        assertTrue(run.err().contains("Nothing could be recovered from " + file), run.err());
        assertTrue(run.err().contains("which holds 12 signatories; put it in place with: compact-register recover "
                + "--latest-backup"), run.err());
        assertTrue(Arrays.equals(damaged, Files.readAllBytes(file)), "the damaged file is left as it was");
        assertEquals(List.of(), damagedCopies());
    }

    @Test
    void recoverTheLatestBackupPutsItInPlaceAndKeepsTheDamagedFile() throws IOException {
        Path file = damagedRegisterWithABackup();
        assertThrows(RegisterDamagedException.class, () -> Services.open(file, Clock.systemDefaultZone()).close());

        CommandRun run = run("--db", file.toString(), "recover", "--latest-backup");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Restored the backup register-backup-"), run.out());
        assertTrue(run.out().contains("which holds 12 signatories. The damaged file is kept as "), run.out());
        assertEquals(1, damagedCopies().size());
        try (Services services = Services.open(file, Clock.systemDefaultZone())) {
            assertEquals(12, services.register().count());
        }

        CommandRun again = run("recover", "--db", file.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals("The register " + file + " opens as it is (12 signatories): there is nothing to recover.",
                again.out().strip());
    }

    @Test
    void restoreReplacesADamagedRegisterThatCannotBeOpened() throws IOException {
        Path file = damagedRegisterWithABackup();
        Path backup = AutomaticBackups.latestIn(AutomaticBackups.defaultFolderFor(file)).orElseThrow();

        CommandRun run = run("restore", backup.toString(), "--yes", "--db", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("The damaged file is kept as "), run.out());
        assertEquals(1, damagedCopies().size());
        try (Services services = Services.open(file, Clock.systemDefaultZone())) {
            assertEquals(12, services.register().count());
        }
    }

    @Test
    void recoverHasHelp() {
        CommandRun help = run("recover", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--db=PATH") && help.out().contains("--latest-backup"), help.out());
    }
}
