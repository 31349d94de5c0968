package org.compactregister.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.compactregister.model.RegisterDamagedException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register's embedded H2 database file: opened (and created on first use), brought up to the
 * current schema by Flyway, and held open until {@link #close()}. While it is open, no other copy
 * of the application can open the same file.
 *
 * <p>Every write is on the disk before the call that made it returns ({@link DurableWrites}), and a
 * request to end the process (logoff, shutdown, Task Manager's End task, SIGTERM) closes the store
 * cleanly within {@link #CLOSE_ON_TERMINATION_SECONDS} seconds (without compacting it: see
 * {@link #close()}). A file that H2 finds damaged is
 * reported as {@link RegisterDamagedException}, which {@link RegisterRecovery} can act on.
 */
public final class RegisterDatabase implements AutoCloseable {

    /** The file name H2 gives the database whose path ends in {@code register}. */
    public static final String FILE_SUFFIX = ".mv.db";

    /** How long a termination request waits for the store to close before the process ends anyway. */
    public static final int CLOSE_ON_TERMINATION_SECONDS = 5;

    /** The database user that owns every register file (H2 files have no password unless encrypted). */
    static final String USER = "register";

    private static final Logger LOG = LoggerFactory.getLogger(RegisterDatabase.class);

    /**
     * {@code WRITE_DELAY=0}: a commit is written to the file before it returns (H2's default writes it
     * up to half a second later, from a background thread). {@code DB_CLOSE_ON_EXIT=FALSE}: the store
     * is closed by this class's own shutdown hook, which can be bounded in time, not by H2's.
     * {@code REUSE_SPACE=FALSE}: every chunk is written after the end of the file, never over space
     * that the newest chunk on the disk may still list (H2 frees a dead chunk's space in memory and
     * may write the next chunk over it before the list without it is on the disk; a process ended
     * in the middle of that write then loses the last saves on the next open). The file grows
     * instead, and {@link #close()} compacts it. {@code MAX_COMPACT_TIME=0}: a plain close does not
     * move chunks about in the file either (H2 would spend up to 200 ms doing so in place); the
     * only compaction is the copy that {@link #close()} makes.
     */
    private static final String URL_OPTIONS =
            ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;WRITE_DELAY=0;REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0";

    private final Path file;
    private final JdbcConnectionPool pool;
    private final Connection keepOpen;
    private final Jdbi jdbi;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread closeOnTermination;

    private RegisterDatabase(Path file, JdbcConnectionPool pool, Connection keepOpen) {
        this.file = file;
        this.pool = pool;
        this.keepOpen = keepOpen;
        this.jdbi = DurableWrites.install(Jdbi.create(pool).installPlugin(new SqlObjectPlugin()));
        this.closeOnTermination = new Thread(this::closeWithinBoundedTime, "close-register-on-termination");
        Runtime.getRuntime().addShutdownHook(closeOnTermination);
    }

    /**
     * Opens the register at {@code file} (the {@code .mv.db} file, or the path without that
     * ending), creating it and its folder when missing.
     */
    public static RegisterDatabase open(Path file) {
        return open(file, "file:");
    }

    /**
     * Opens the register through the H2 file system named by {@code fileSystem} ({@code "file:"} for
     * the disk itself; tests use one that models a power cut).
     */
    static RegisterDatabase open(Path file, String fileSystem) {
        Path dbFile = RegisterFiles.withSuffix(file.toAbsolutePath().normalize());
        try {
            Files.createDirectories(dbFile.getParent());
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException
                    ? "this user may not write there" : DatabaseProblems.reason(e);
            throw new RegisterUnavailableException(dbFile, "The folder " + dbFile.getParent()
                    + " for the register could not be created: " + why + ". Name a register in a folder this "
                    + "user may write with --db PATH, or with the COMPACT_REGISTER_DB setting (an environment "
                    + "variable holding the register file's path).", e);
        }
        if (Files.exists(dbFile) && !Files.isReadable(dbFile)) {
            throw new RegisterUnavailableException(dbFile,
                    "The register file " + dbFile + " cannot be read: this user has no permission to read it.", null);
        }
        checkItStillHoldsARegister(dbFile, fileSystem);
        JdbcConnectionPool pool = JdbcConnectionPool.create(urlOf(dbFile, fileSystem), USER, "");
        pool.setMaxConnections(8);
        Connection keepOpen = null;
        try {
            keepOpen = pool.getConnection();
            if (!SchemaVersion.isCurrent(keepOpen)) {
                migrate(dbFile, pool);
            }
            try (var statement = keepOpen.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
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
            if (e instanceof RegisterDamagedException damaged) {
                throw damaged;
            }
            throw DatabaseProblems.explain(dbFile, e);
        }
    }

    /**
     * Opens an existing register file read-only first. H2 opens a file whose chunks it cannot read
     * as a new, empty database (and would then overwrite it), which would show staff an empty
     * register; a file that holds no tables, or that H2 would have to rewrite, is reported as
     * damaged (or as not a register) instead, and left untouched.
     */
    private static void checkItStillHoldsARegister(Path dbFile, String fileSystem) {
        try {
            if (!Files.isRegularFile(dbFile) || Files.size(dbFile) == 0) {
                return;
            }
        } catch (IOException e) {
            throw DatabaseProblems.explain(dbFile, e);
        }
        String path = fileSystem + dbFile;
        try (MVStore store = new MVStore.Builder().fileName(path).readOnly().open()) {
            if (store.getMapNames().stream().noneMatch(name -> name.startsWith("table."))) {
                throw DatabaseProblems.holdsNothing(dbFile);
            }
        } catch (MVStoreException e) {
            throw DatabaseProblems.explain(dbFile, e);
        }
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

    /** The JDBC address of the register file {@code dbFile} (with or without its {@code .mv.db} ending). */
    static String urlOf(Path dbFile) {
        return urlOf(dbFile, "file:");
    }

    private static String urlOf(Path dbFile, String fileSystem) {
        Path file = RegisterFiles.withSuffix(dbFile.toAbsolutePath());
        String path = file.toString();
        return "jdbc:h2:" + fileSystem + path.substring(0, path.length() - FILE_SUFFIX.length()) + URL_OPTIONS;
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

    /**
     * Closes the store; the file is then complete and can be copied or opened by another program.
     * When the file has grown to more than 1.5 times its data ({@link StoreFill}), it is compacted
     * on the way: H2 copies the live data into a new file beside it and only then puts that file in
     * the register's place (an atomic rename), so an end of the process at any moment leaves either
     * the old file or the compacted one, whole. That takes about a second per 10,000 signatories.
     * Closing twice does nothing the second time.
     */
    @Override
    public void close() {
        close(true);
    }

    /** Closes the store, compacting it when {@code mayCompact} and it is worth it. */
    private void close(boolean mayCompact) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnTermination);
        } catch (IllegalStateException alreadyEnding) {
            // the process is ending and this is the hook itself (or runs beside it)
        }
        try (Connection last = keepOpen; var statement = last.createStatement()) {
            StoreFill fill = StoreFill.of(last);
            if (mayCompact && fill.worthCompacting()) {
                LOG.info("Compacting the register {} on closing: {} bytes, {}% in use", file, fill.fileBytes(),
                        fill.livePercent());
                statement.execute("SHUTDOWN COMPACT");
            } else {
                statement.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                LOG.warn("Closing the register database {} did not go cleanly", file, e);
            }
        } finally {
            pool.dispose();
        }
    }

    /**
     * The shutdown hook: closes the store, but lets the process end after
     * {@link #CLOSE_ON_TERMINATION_SECONDS} even if closing hangs (every save is already on the
     * disk, so nothing is lost by not waiting longer).
     */
    private void closeWithinBoundedTime() {
        Thread closing = new Thread(() -> close(false), "close-register");
        closing.setDaemon(true);
        closing.start();
        try {
            closing.join(TimeUnit.SECONDS.toMillis(CLOSE_ON_TERMINATION_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closing.isAlive()) {
            LOG.warn("The register {} was still closing after {} s when the process ended", file,
                    CLOSE_ON_TERMINATION_SECONDS);
        } else {
            LOG.info("Register database {} closed on termination", file);
        }
    }
}
