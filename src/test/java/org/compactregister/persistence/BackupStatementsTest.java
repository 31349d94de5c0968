package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's online copy of an open register, and the checks on a copy unpacked from a backup. */
class BackupStatementsTest {

    @TempDir
    Path dir;

    @Test
    void theOnlineCopyIsAZippedScriptThatLoadsIntoARegisterWithTheSameCount() throws IOException {
        Path zip = dir.resolve("backup.zip");
        Files.writeString(zip, "an older file of that name");
        try (RegisterDatabase database = RegisterDatabase.open(dir.resolve("register"))) {
            new SignatoryRepository(database.jdbi()).addAll(List.of(RegisterDatabaseTest.form("Oakwell Youth Club"),
                    RegisterDatabaseTest.form("Granby Carers")), Instant.now());
            assertEquals(2, BackupStatements.backUp(database, zip));
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertEquals(List.of(BackupStatements.SCRIPT_ENTRY), file.stream().map(ZipEntry::getName).toList());
        }
        Path unpacked = dir.resolve("unpacked").resolve("copy" + RegisterDatabase.FILE_SUFFIX);
        Files.createDirectories(unpacked.getParent());
        BackupStatements.loadScript(zip, unpacked);
        assertTrue(BackupStatements.holdsARegister(unpacked));
        assertEquals(2, BackupStatements.countSignatories(unpacked));
    }

    @Test
    void aBackupAskedToStopStopsPartWayAndSaysSo() throws IOException {
        Path zip = dir.resolve("stopped.zip");
        try (RegisterDatabase database = RegisterDatabase.open(dir.resolve("register"))) {
            // H2 looks for a stop request every 128 rows: many rows, as a large register has
            database.jdbi().useHandle(handle -> {
                handle.execute("CREATE TABLE ballast (text VARCHAR)");
                handle.execute("INSERT INTO ballast SELECT RANDOM_UUID() || RANDOM_UUID() FROM SYSTEM_RANGE(1, 300000)");
            });
            java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong(-1);
            assertThrows(BackupStatements.BackupStoppedException.class,
                    () -> BackupStatements.backUp(database, zip, seen::set, () -> seen.get() >= 0));
            assertTrue(seen.get() >= 0, "told how far it got before it stopped");
            // the register is still usable after the stopped backup
            assertEquals(2, BackupStatements.backUp(database, dir.resolve("whole.zip")) + 2);
        }
    }

    @Test
    void anotherProgramsDatabaseOrAnyOtherFileIsNotARegisterAndIsLeftAsItWas() throws IOException, SQLException {
        Path other = dir.resolve("other" + RegisterDatabase.FILE_SUFFIX);
        String base = dir.resolve("other").toString();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, RegisterFileAddress.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE signatory (id INT)");
        }
        assertFalse(BackupStatements.holdsARegister(other));
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, RegisterFileAddress.USER, "");
             Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery(
                     "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            tables.next();
            assertEquals(1, tables.getInt(1), "looked at, not given the register's schema");
        }

        Path text = Files.writeString(dir.resolve("notes" + RegisterDatabase.FILE_SUFFIX), "not a database");
        assertFalse(BackupStatements.holdsARegister(text));
        assertFalse(BackupStatements.holdsARegister(dir.resolve("missing" + RegisterDatabase.FILE_SUFFIX)));
        assertFalse(Files.exists(dir.resolve("missing" + RegisterDatabase.FILE_SUFFIX)), "never created");
        assertThrows(RegisterUnavailableException.class, () -> BackupStatements.countSignatories(text));
    }
}
