package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import org.compactregister.model.RegisterLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in to a server that asks for a password: given, from the {@code .pgpass} file (read by the
 * PostgreSQL driver itself), missing or wrong. Runs on the server the tests start, whose
 * {@link TestPostgres#PASSWORD_LOGIN} must give its password (a server named by COMPACT_TEST_PG has
 * no such rule, so there these tests are left out).
 */
class SignInOnServerTest {

    private static final String PASSWORD = "kettle-on-at-ten";

    @TempDir
    Path dir;

    private RegisterLocation.Server at;

    @BeforeEach
    void aDatabaseOwnedByALoginWithAPassword() throws Exception {
        assumeTrue(TestPostgres.startedHere(), "the password rule is set on a server the tests start");
        RegisterLocation.Server fresh = TestPostgres.freshDatabase();
        try (Connection connection = TestPostgres.connect(fresh); Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
                    + TestPostgres.PASSWORD_LOGIN + "') THEN CREATE ROLE " + TestPostgres.PASSWORD_LOGIN
                    + " LOGIN; END IF; END $$");
            statement.execute("ALTER ROLE " + TestPostgres.PASSWORD_LOGIN + " PASSWORD '" + PASSWORD + "'");
            statement.execute("ALTER DATABASE " + fresh.database() + " OWNER TO " + TestPostgres.PASSWORD_LOGIN);
        }
        at = new RegisterLocation.Server(fresh.host(), fresh.port(), fresh.database(), TestPostgres.PASSWORD_LOGIN);
    }

    @Test
    void theRightPasswordOpensTheRegisterSignedInAsThatLogin() {
        try (RegisterDatabase database = RegisterDatabase.open(at, PASSWORD.toCharArray())) {
            assertEquals(TestPostgres.PASSWORD_LOGIN, database.signedInAs().orElseThrow());
        }
    }

    @Test
    void thePasswordInThePgpassFileIsUsedWhenNoneIsGiven() throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, at.host() + ":" + at.port() + ":" + at.database() + ":" + at.user() + ":" + PASSWORD
                + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        String before = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try (RegisterDatabase database = RegisterDatabase.open(at)) {
            assertEquals(TestPostgres.PASSWORD_LOGIN, database.signedInAs().orElseThrow());
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
    }

    @Test
    void noPasswordOrAWrongOneIsSaidInWords() {
        assumeTrue(System.getenv("PGPASSWORD") == null, "PGPASSWORD would be used");
        String before = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", dir.resolve("none").toString());
        try {
            RegisterUnavailableException none = assertThrows(RegisterUnavailableException.class,
                    () -> RegisterDatabase.open(at));
            assertEquals("The server localhost asks for the password of " + at.user() + ": type it in File > Connect "
                    + "to a shared register…, or keep it in the .pgpass file (or PGPASSWORD) of this computer's user.",
                    none.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
        RegisterUnavailableException wrong = assertThrows(RegisterUnavailableException.class,
                () -> RegisterDatabase.open(at, "kettle-off".toCharArray()));
        assertTrue(wrong.getMessage().startsWith("The server localhost refused the sign-in of " + at.user()),
                wrong.getMessage());
    }
}
