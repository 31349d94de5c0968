package org.compactregister.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register's embedded H2 database file: opened (and created on first use), brought up to the
 * current schema by Flyway, and held open until {@link #close()}. While it is open, no other copy
 * of the application can open the same file.
 */
public final class RegisterDatabase implements AutoCloseable {

    /** The file name H2 gives the database whose path ends in {@code register}. */
    public static final String FILE_SUFFIX = ".mv.db";

    /** The database user that owns every register file (H2 files have no password unless encrypted). */
    static final String USER = "register";

    private static final Logger LOG = LoggerFactory.getLogger(RegisterDatabase.class);

    private final Path file;
    private final JdbcConnectionPool pool;
    private final Connection keepOpen;
    private final Jdbi jdbi;

    private RegisterDatabase(Path file, JdbcConnectionPool pool, Connection keepOpen) {
        this.file = file;
        this.pool = pool;
        this.keepOpen = keepOpen;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /**
     * Opens the register at {@code file} (the {@code .mv.db} file, or the path without that
     * ending), creating it and its folder when missing.
     */
    public static RegisterDatabase open(Path file) {
        Path dbFile = withSuffix(file.toAbsolutePath().normalize());
        try {
            Files.createDirectories(dbFile.getParent());
        } catch (IOException e) {
            throw new RegisterUnavailableException(dbFile, "The folder " + dbFile.getParent()
                    + " for the register could not be created: " + DatabaseProblems.reason(e), e);
        }
        if (Files.exists(dbFile) && !Files.isReadable(dbFile)) {
            throw new RegisterUnavailableException(dbFile,
                    "The register file " + dbFile + " cannot be read: this user has no permission to read it.", null);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(urlOf(dbFile), USER, "");
        pool.setMaxConnections(8);
        Connection keepOpen = null;
        try {
            keepOpen = pool.getConnection();
            migrate(dbFile, pool);
            LOG.info("Register database open at {}", dbFile);
            return new RegisterDatabase(dbFile, pool, keepOpen);
        } catch (SQLException e) {
            closeQuietly(keepOpen, pool);
            throw DatabaseProblems.explain(dbFile, e);
        } catch (RuntimeException e) {
            closeQuietly(keepOpen, pool);
            if (e instanceof RegisterUnavailableException unavailable) {
                throw unavailable;
            }
            throw DatabaseProblems.explain(dbFile, e);
        }
    }

    /** The JDBC address of the register file {@code dbFile} (with or without its {@code .mv.db} ending). */
    static String urlOf(Path dbFile) {
        String path = withSuffix(dbFile.toAbsolutePath()).toString();
        return "jdbc:h2:file:" + path.substring(0, path.length() - FILE_SUFFIX.length())
                + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
    }

    private static void migrate(Path dbFile, JdbcConnectionPool pool) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrationInfo[] future = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            throw new RegisterUnavailableException(dbFile, "The register file " + dbFile
                    + " was last used by a newer version of Compact Register (its schema is at version "
                    + future[future.length - 1].getVersion() + "). Open it with that version, or use a backup.",
                    null);
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw DatabaseProblems.explain(dbFile, e);
        }
    }

    private static Path withSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(FILE_SUFFIX) ? file : file.resolveSibling(name + FILE_SUFFIX);
    }

    private static void closeQuietly(Connection connection, JdbcConnectionPool pool) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // already failing: the first error is the one to report
        }
        pool.dispose();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The {@code .mv.db} file that holds the register. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try (Connection last = keepOpen; var statement = last.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                LOG.warn("Closing the register database {} did not go cleanly", file, e);
            }
        } finally {
            pool.dispose();
        }
    }
}
