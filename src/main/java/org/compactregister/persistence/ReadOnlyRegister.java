package org.compactregister.persistence;

import org.compactregister.model.RegisterLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A register to copy from, read and never written: a closed H2 register file opened read-only
 * (H2's {@code ACCESS_MODE_DATA=r}: nothing in the file changes, not even on closing), or a
 * connection borrowed from a register that is open in this app. Close it when done.
 */
public final class ReadOnlyRegister implements AutoCloseable {

    private final Connection connection;
    private final String name;
    private final boolean shared;
    private final RegisterDatabase opened;

    private ReadOnlyRegister(Connection connection, String name, boolean shared) {
        this(connection, name, shared, null);
    }

    private ReadOnlyRegister(Connection connection, String name, boolean shared, RegisterDatabase opened) {
        this.connection = connection;
        this.name = name;
        this.shared = shared;
        this.opened = opened;
    }

    /**
     * Opens the register at {@code location} to read: an H2 file read-only ({@link #open(Path)}); a
     * register on a server through a connection of its own whose transactions are read-only (others
     * may go on working in it meanwhile; it is read in one snapshot).
     *
     * @throws RegisterUnavailableException when it cannot be opened; the message says why
     */
    public static ReadOnlyRegister open(RegisterLocation location, char[] password) {
        if (location instanceof RegisterLocation.H2File h2) {
            return open(h2.file());
        }
        RegisterDatabase database = RegisterDatabase.open(location, password);
        try {
            Connection connection = database.jdbi().open().getConnection();
            return new ReadOnlyRegister(connection, location.describe(), true, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Opens the closed register file {@code file} read-only.
     *
     * @throws RegisterUnavailableException when there is no such register, or it is open elsewhere;
     *         the message says why
     */
    public static ReadOnlyRegister open(Path file) {
        Path dbFile = RegisterFiles.withSuffix(file.toAbsolutePath().normalize());
        if (!Files.isRegularFile(dbFile)) {
            throw new RegisterUnavailableException(dbFile, "There is no register at " + dbFile + ".", null);
        }
        try {
            if (!DatabaseProblems.isH2Store(dbFile)) {
                throw new RegisterUnavailableException(dbFile, dbFile + " is not a register of Compact Register.", null);
            }
        } catch (RuntimeException e) {
            if (e instanceof RegisterUnavailableException unavailable) {
                throw unavailable;
            }
            throw DatabaseProblems.explain(dbFile, e);
        }
        String path = dbFile.toString();
        String url = "jdbc:h2:file:" + path.substring(0, path.length() - RegisterDatabase.FILE_SUFFIX.length())
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
        try {
            Connection connection = DriverManager.getConnection(url, RegisterFileAddress.USER, "");
            return new ReadOnlyRegister(connection, dbFile.toString(), false);
        } catch (SQLException e) {
            throw DatabaseProblems.explain(dbFile, e);
        }
    }

    /** A connection of the open register {@code database}, given back to it on {@link #close()}. */
    public static ReadOnlyRegister of(RegisterDatabase database) {
        try {
            return new ReadOnlyRegister(database.jdbi().open().getConnection(), database.location().describe(), true);
        } catch (RuntimeException e) {
            throw new RegisterUnavailableException(null, "The register " + database.location().describe()
                    + " could not be read: " + DatabaseProblems.reason(e) + ".", e);
        }
    }

    /** Where the register is, for messages and the audit trail. */
    public String name() {
        return name;
    }

    Connection connection() {
        return connection;
    }

    /**
     * Whether others may write to the register while it is read (it is open in the app, or on a
     * server): then it is read in one snapshot transaction. A file opened read-only here has no
     * other writer, and is read without one (H2 counts a table's rows at once then, instead of
     * visiting each row).
     */
    boolean shared() {
        return shared;
    }

    /**
     * The newest schema version Flyway applied to this register ("8", "8.1"), or "" when it has
     * none; compare with {@link #schemaVersion(RegisterDatabase)} of a current register.
     */
    public String schemaVersion() {
        try {
            return schemaVersion(connection);
        } catch (SQLException e) {
            throw new RegisterUnavailableException(null, "The register " + name + " could not be read: "
                    + DatabaseProblems.reason(e) + ".", e);
        }
    }

    /** The newest schema version Flyway applied to the open register {@code database}. */
    public static String schemaVersion(RegisterDatabase database) {
        try {
            return database.jdbi().withHandle(handle -> schemaVersion(handle.getConnection()));
        } catch (SQLException e) {
            throw new RegisterUnavailableException(null, "The register " + database.location().describe()
                    + " could not be read: " + DatabaseProblems.reason(e) + ".", e);
        }
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        String newest = "";
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT \"version\" FROM \""
                     + RegisterTables.SCHEMA_HISTORY + "\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (compareVersions(version, newest) > 0) {
                    newest = version;
                }
            }
        }
        return newest;
    }

    /** Orders Flyway versions ("8" before "8.1" before "10"); "" is older than every version. */
    public static int compareVersions(String a, String b) {
        String[] left = a.isEmpty() ? new String[0] : a.split("[._]");
        String[] right = b.isEmpty() ? new String[0] : b.split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : -1;
            long r = i < right.length ? Long.parseLong(right[i]) : -1;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was written through it: there is nothing to lose
        } finally {
            if (opened != null) {
                opened.close();
            }
        }
    }

    /** A plain copy of the closed register file {@code file} at {@code copy}, for bringing an old one up to date. */
    public static void copyFile(Path file, Path copy) throws IOException {
        Files.copy(RegisterFiles.withSuffix(file.toAbsolutePath().normalize()), RegisterFiles.withSuffix(copy));
    }
}
