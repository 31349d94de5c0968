package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.model.RegisterProblem;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged register is called damaged (not "not a register"), and H2's recovery brings back what it can. */
class RegisterRecoveryTest {

    private static final int SAVED = 30;

    @TempDir
    Path dir;

    @Test
    void aRegisterWhoseNewestChunkIsTornOpensAtTheSaveBeforeIt() throws Exception {
        Path file = registerOfSeparateSaves();
        overwrite(file, lastBlockOfNewestChunk(file));

        // nothing is ever written over an earlier chunk, so the one before the torn one is whole
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            SignatoryRepository signatories = new SignatoryRepository(database.jdbi());
            assertEquals(SAVED - 1, signatories.count());
            assertEquals(RegisterDatabaseTest.form("Recovered Group " + (SAVED - 2)),
                    signatories.find(SAVED - 1).orElseThrow().form());
        }
    }

    @Test
    void aRegisterWhoseChunksAreAllUnreadableIsNeverOpenedAsAnEmptyOne() throws Exception {
        Path file = registerOfSeparateSaves();
        for (long block = 4096; block < Files.size(file); block += 4096) {
            overwrite(file, block);
        }
        byte[] before = Files.readAllBytes(file);

        // H2 alone opens such a file as a new, empty database and then overwrites it
        RegisterProblem problem = assertThrows(RegisterProblem.class, () -> RegisterDatabase.open(file));
        assertInstanceOf(RegisterDamagedException.class, problem);
        assertEquals("The register file " + file + " is damaged: the database in it can no longer be read as it is. "
                + "Recover what can still be read into a new file, or restore the latest backup.", problem.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file is left as it was, for recovery");
    }

    @Test
    void recoveryPutsWhatIsReadableInPlaceAndKeepsTheDamagedFileBesideIt() throws Exception {
        Path file = registerOfSeparateSaves();
        overwrite(file, 0);
        byte[] damagedBytes = Files.readAllBytes(file);

        RegisterRecovery.Outcome outcome = RegisterRecovery.recover(file);

        assertEquals(file, outcome.register());
        assertEquals(SAVED, outcome.signatories());
        assertArrayEquals(damagedBytes, Files.readAllBytes(outcome.damagedCopy()), "the damaged file is kept unchanged");
        assertTrue(outcome.damagedCopy().getFileName().toString().matches("register-damaged-[0-9-]+\\.mv\\.db"),
                outcome.damagedCopy().toString());
        try (RegisterDatabase recovered = RegisterDatabase.open(file)) {
            SignatoryRepository signatories = new SignatoryRepository(recovered.jdbi());
            assertEquals(SAVED, signatories.count());
            assertEquals(RegisterDatabaseTest.form("Recovered Group 0"), signatories.find(1).orElseThrow().form());
            long next = signatories.add(RegisterDatabaseTest.form("Entered After Recovery"), Instant.now()).id();
            assertTrue(next > SAVED, "new references follow the recovered ones, not " + next);
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".recovering")),
                    "the recovery's working folder is removed");
        }
    }

    @Test
    void whenNothingCanBeReadTheDamagedFileIsLeftWhereItWas() throws Exception {
        Path file = registerOfSeparateSaves();
        for (long block = 0; block < Files.size(file); block += 4096) {
            overwrite(file, block);
        }
        byte[] before = Files.readAllBytes(file);

        RegisterProblem refused = assertThrows(RegisterProblem.class, () -> RegisterRecovery.recover(file));
        assertTrue(refused.getMessage().startsWith("Nothing could be recovered from " + file), refused.getMessage());
        assertTrue(refused.getMessage().contains("restore a backup"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no partial file is left beside it");
        }
    }

    @Test
    void aDamagedRegisterWithAPasswordIsRecoveredWithItAndKeepsIt() throws Exception {
        RegisterPassword password = RegisterPassword.of("kettle on at nine");
        Path file = dir.resolve("register.mv.db");
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            SignatoryRepository repository = new SignatoryRepository(database.jdbi());
            for (int i = 0; i < SAVED; i++) {
                repository.add(RegisterDatabaseTest.form("Recovered Group " + i), Instant.now());
            }
        }
        RegisterEncryption.changePassword(file, null, password);
        overwrite(file, 4096); // the first block after H2's encryption header: the store's first header
        byte[] damagedBytes = Files.readAllBytes(file);

        RegisterPasswordException needed = assertThrows(RegisterPasswordException.class,
                () -> RegisterRecovery.recover(file));
        assertEquals(RegisterPasswordException.Why.NEEDED, needed.why());
        assertThrows(RegisterPasswordException.class,
                () -> RegisterRecovery.recover(file, RegisterPassword.of("kettle on at ten")));

        RegisterRecovery.Outcome outcome = RegisterRecovery.recover(file, password);

        assertEquals(SAVED, outcome.signatories());
        assertArrayEquals(damagedBytes, Files.readAllBytes(outcome.damagedCopy()), "the damaged file is kept unchanged");
        assertTrue(RegisterEncryption.isLocked(file), "the recovered register keeps its password");
        assertTrue(RegisterEncryption.isLocked(outcome.damagedCopy()));
        assertFalse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Recovered Group"), "nothing recovered is in the file in clear");
        try (RegisterDatabase recovered = RegisterDatabase.open(file, password)) {
            assertEquals(SAVED, new SignatoryRepository(recovered.jdbi()).count());
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("register-damaged", "register.key.properties", "register.mv.db"),
                    files.map(f -> f.getFileName().toString().replaceAll("-damaged-.*", "-damaged")).sorted()
                            .distinct().toList(), "no working folder, and no file in clear, is left");
        }
    }

    /**
     * A register of {@value #SAVED} signatories saved one by one, as staff enter forms, then ended
     * the way a killed process ends it: nothing written after the last save (closing would compact
     * the file into a new one).
     */
    private Path registerOfSeparateSaves() {
        Path file = dir.resolve("register.mv.db");
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            SignatoryRepository repository = new SignatoryRepository(database.jdbi());
            for (int i = 0; i < SAVED; i++) {
                repository.add(RegisterDatabaseTest.form("Recovered Group " + i), Instant.now());
            }
            try {
                database.jdbi().useHandle(handle -> handle.execute("SHUTDOWN IMMEDIATELY"));
            } catch (RuntimeException endedAsAKillWouldEndIt) {
                // H2 answers a SHUTDOWN IMMEDIATELY by closing the connection it came on
            }
        }
        return file;
    }

    /** Where the newest chunk of the file ends (its footer), as H2's layout map gives it; free space may follow. */
    private static long lastBlockOfNewestChunk(Path file) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            String newest = store.getLayoutMap().entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith("chunk."))
                    .max(Comparator.comparingLong(entry -> Long.parseLong(entry.getKey().substring(6), 16)))
                    .orElseThrow().getValue();
            long block = Long.parseLong(newest.replaceAll(".*\\bblock:([0-9a-f]+).*", "$1"), 16);
            long length = Long.parseLong(newest.replaceAll(".*\\blen:([0-9a-f]+).*", "$1"), 16);
            return (block + length - 1) * 4096;
        }
    }

    /** Overwrites the 4 KiB block at {@code offset} with junk, as a torn write would leave it. */
    private static void overwrite(Path file, long offset) throws IOException {
        byte[] junk = new byte[4096];
        Arrays.fill(junk, (byte) 0x5A);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(offset / 4096 * 4096);
            raw.write(junk);
        }
    }
}
