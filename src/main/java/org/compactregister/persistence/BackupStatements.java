package org.compactregister.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.JdbiException;

/**
 * The statements behind Back up and Restore: H2's consistent online copy of an open register
 * ({@code BACKUP TO}: a zip holding the whole database file, so signatories, settings and scans
 * travel together), and the checks on a database file unpacked from a backup before it replaces
 * the register.
 */
public final class BackupStatements {

    private BackupStatements() {
    }

    /**
     * Writes H2's online copy of the open register to the zip file {@code zip}, replacing any file
     * there, while the register stays in use.
     *
     * @return how many signatories the register holds
     * @throws IOException when H2 could not write the copy; the message is H2's reason (such as
     *         "No space left on device")
     */
    public static int backUp(RegisterDatabase database, Path zip) throws IOException {
        try {
            return database.jdbi().withHandle(handle -> {
                handle.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
                return handle.createQuery("SELECT COUNT(*) FROM signatory").mapTo(Integer.class).one();
            });
        } catch (JdbiException e) {
            throw new IOException(DatabaseProblems.reason(e.getCause() == null ? e : e.getCause()), e);
        }
    }

    /**
     * Whether the closed database file {@code databaseFile} (ending {@link RegisterDatabase#FILE_SUFFIX})
     * holds a register of this application: its signatory table and its schema history. It is looked
     * at without being brought up to date (nothing is added to it), and closed again. False too when it
     * is not an H2 database, belongs to another user, or is damaged.
     */
    public static boolean holdsARegister(Path databaseFile) {
        try (Connection connection = DriverManager.getConnection(RegisterDatabase.urlOf(databaseFile)
                + ";IFEXISTS=TRUE", RegisterDatabase.USER, "");
             Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND UPPER(TABLE_NAME) IN ('SIGNATORY', 'FLYWAY_SCHEMA_HISTORY')")) {
            tables.next();
            boolean ours = tables.getInt(1) == 2;
            statement.execute("SHUTDOWN");
            return ours;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Opens the register file {@code databaseFile} (bringing one written by an older version up to
     * the current schema), counts its signatories and closes it again.
     *
     * @throws RegisterUnavailableException when it cannot be opened; the message says why
     */
    public static int countSignatories(Path databaseFile) {
        try (RegisterDatabase database = RegisterDatabase.open(databaseFile)) {
            return new SignatoryRepository(database.jdbi()).count();
        }
    }
}
