package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.model.RegisterProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterDatabaseTest {

    @TempDir
    Path dir;

    static CommitmentForm form(String organisation) {
        return new CommitmentForm("Priya Mistry", LocalDate.of(2025, 6, 1), organisation,
                new Address("12 Granby Row", "", "Leicester", "LE1 6ZZ"), "0116 496 0456", "priya@example.org",
                Sector.SOCIAL_ENTERPRISE, LocalDate.of(2025, 6, 3), HowReceived.EMAIL, "Signed at the forum");
    }

    @Test
    void anEmptyFolderGetsANewRegisterWithTheWholeSchema() {
        Path file = dir.resolve("new/folder/register");
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            assertEquals(dir.resolve("new/folder/register.mv.db"), database.file());
            assertTrue(Files.exists(database.file()));
            List<String> tables = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' ORDER BY table_name")
                    .mapTo(String.class).list());
            assertTrue(tables.containsAll(List.of("SIGNATORY", "SETTING", "flyway_schema_history")),
                    tables::toString);
        }
    }

    @Test
    void reopeningTheFileFindsTheSameSignatories() {
        Path file = dir.resolve("register.mv.db");
        long id;
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            id = new SignatoryRepository(database.jdbi()).add(form("Łódź Polish Saturday School"), Instant.now()).id();
        }
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            var found = new SignatoryRepository(database.jdbi()).find(id).orElseThrow();
            assertEquals("Łódź Polish Saturday School", found.organisation());
            assertEquals(form("Łódź Polish Saturday School"), found.form());
        }
    }

    @Test
    void aFileThatIsNotARegisterIsNamedAndRefused() throws Exception {
        Path file = dir.resolve("register.mv.db");
        Files.writeString(file, "Name,Date,Organisation\nnot a database at all\n".repeat(200));
        byte[] before = Files.readAllBytes(file);
        RegisterProblem refused = assertThrows(RegisterProblem.class, () -> RegisterDatabase.open(file));
        assertEquals("The file " + file + " is not a Compact Register database. "
                + "Choose another file, or restore a backup.", refused.getMessage());
        assertFalse(refused instanceof RegisterDamagedException, "a file of another kind is not offered recovery");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file is left as it was");
    }

    @Test
    void aRegisterFromANewerVersionIsRefusedNotDowngraded() {
        Path file = dir.resolve("register");
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            database.jdbi().useHandle(h -> h.execute("""
                    INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                        "checksum", "installed_by", "execution_time", "success")
                    VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test', 1, TRUE)"""));
        }
        RegisterUnavailableException refused = assertThrows(RegisterUnavailableException.class,
                () -> RegisterDatabase.open(file));
        assertTrue(refused.getMessage().contains("was last used by a newer version of Compact Register"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("version 99"), refused.getMessage());
    }

    @Test
    void aRegisterOpenInAnotherCopyOfTheAppIsReportedAsSuch() throws Exception {
        Path file = dir.resolve("register.mv.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldRegisterOpen.class.getName(), file.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("open "));
            assertTrue(line != null, "the other copy opened the register");
            RegisterUnavailableException refused = assertThrows(RegisterUnavailableException.class,
                    () -> RegisterDatabase.open(file));
            assertEquals("The register file " + file + " is already open in another copy of Compact Register, "
                    + "or in another program. Close it there, then start again.", refused.getMessage());
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(20, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            assertEquals(0, new SignatoryRepository(database.jdbi()).count(), "once the other copy closed, it opens");
        }
    }
}
