package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A register on the PostgreSQL server: opened by several at once, its refusals in words, H2's parts refused. */
class RegisterOnServerTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseBecomesARegisterThatTwoCanHaveOpenAtOnce() {
        RegisterLocation.Server at = TestPostgres.freshDatabase();
        try (RegisterDatabase first = RegisterDatabase.open(at); RegisterDatabase second = RegisterDatabase.open(at)) {
            assertEquals(Engine.POSTGRESQL, first.engine());
            assertEquals(at, first.location());
            long id = new SignatoryRepository(first.jdbi())
                    .add(RegisterDatabaseTest.form("Łódź Polish Saturday School"), Instant.now()).id();
            var seen = new SignatoryRepository(second.jdbi()).find(id).orElseThrow();
            assertEquals(RegisterDatabaseTest.form("Łódź Polish Saturday School"), seen.form());
            List<String> tables = second.jdbi().withHandle(h -> h.createQuery("SELECT table_name FROM "
                    + "information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")
                    .mapTo(String.class).list());
            assertTrue(tables.containsAll(List.of("signatory", "scan", "setting", "audit_entry", "flyway_schema_history")),
                    tables::toString);
        }
        try (RegisterDatabase again = RegisterDatabase.open(at)) {
            assertEquals(1, new SignatoryRepository(again.jdbi()).count(), "the register stays on the server");
        }
    }

    @Test
    void h2sFileCompactionAndScriptBackupAreRefusedInWords() {
        RegisterLocation.Server at = TestPostgres.freshDatabase();
        try (RegisterDatabase database = RegisterDatabase.open(at)) {
            IllegalStateException noFile = assertThrows(IllegalStateException.class, database::file);
            assertTrue(noFile.getMessage().contains("is on a server"), noFile.getMessage());
            IOException noScript = assertThrows(IOException.class,
                    () -> BackupStatements.backUp(database, dir.resolve("backup.zip")));
            assertTrue(noScript.getMessage().contains("is backed up on the server"), noScript.getMessage());
            assertTrue(Files.notExists(dir.resolve("backup.zip")));
        }
        RegisterCompaction.closeCompactingAfterErasure(RegisterDatabase.open(at));
    }

    @Test
    void aDatabaseThatIsNotThereIsNamed() {
        RegisterLocation.Server server = TestPostgres.server();
        var missing = new RegisterLocation.Server(server.host(), server.port(), "no_such_register", server.user());
        RegisterUnavailableException refused = assertThrows(RegisterUnavailableException.class,
                () -> RegisterDatabase.open(missing));
        assertEquals("There is no database no_such_register on the server localhost. Check the name, or create it "
                + "as the README says.", refused.getMessage());
    }

    @Test
    void aServerThatDoesNotAnswerIsReportedAsNotReached() throws IOException {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        var nobody = new RegisterLocation.Server("localhost", closedPort, "compact", "b.okafor");
        RegisterUnavailableException refused = assertThrows(RegisterUnavailableException.class,
                () -> RegisterDatabase.open(nobody));
        assertTrue(refused.getMessage().startsWith("The server localhost (port " + closedPort + ") could not be reached"),
                refused.getMessage());
    }

    @Test
    void aLoginTheServerDoesNotKnowIsRefusedInWords() {
        RegisterLocation.Server server = TestPostgres.freshDatabase();
        var stranger = new RegisterLocation.Server(server.host(), server.port(), server.database(), "nobody_here");
        RegisterUnavailableException refused = assertThrows(RegisterUnavailableException.class,
                () -> RegisterDatabase.open(stranger));
        assertTrue(refused.getMessage().startsWith("The server localhost refused the sign-in of nobody_here"),
                refused.getMessage());
    }

    @Test
    void aDatabaseOfSomethingElseIsRefusedAndLeftAsItWas() throws Exception {
        RegisterLocation.Server at = TestPostgres.freshDatabase();
        try (Connection connection = TestPostgres.connect(at); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INT PRIMARY KEY, total NUMERIC)");
            statement.execute("INSERT INTO invoices VALUES (1, 12.50)");
        }
        RegisterUnavailableException refused = assertThrows(RegisterUnavailableException.class,
                () -> RegisterDatabase.open(at));
        assertEquals("The database " + at.database() + " on localhost holds other tables, not a Compact Register. "
                + "Name an empty database, or one that holds a register.", refused.getMessage());
        try (Connection connection = TestPostgres.connect(at); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "nothing was added to it");
        }
    }
}
