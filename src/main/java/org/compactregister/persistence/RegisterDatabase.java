package org.compactregister.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.List;
import java.util.Optional;
import org.compactregister.model.Engine;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.model.RegisterLocation;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open register, on either engine ({@link RegisterLocation}): the embedded H2 file (the default)
 * or a database on a PostgreSQL server shared by the office. Either is brought up to the current
 * schema by Flyway on opening (one set of migrations, {@link #migrationLocations(Engine)}) and held
 * open until {@link #close()}; repositories work through {@link #jdbi()} alike on both.
 *
 * <p>On H2 the register is a file that, while it is open, no other copy of the application can
 * open. On PostgreSQL any number of PCs open it at once; the H2-only parts ({@link #file()},
 * compaction on closing, {@link DurableWrites}, SCRIPT backups, recovery of a damaged file) do not
 * apply there: {@link #file()} refuses, the others are skipped ({@link #engine()} tells which).
 *
 * <p>Every write is on the disk before the call that made it returns ({@link DurableWrites}), and a
 * request to end the process (logoff, shutdown, Task Manager's End task, SIGTERM) closes the store
 * cleanly within {@link #CLOSE_ON_TERMINATION_SECONDS} seconds (without compacting it: see
 * {@link #close()}). A file that H2 finds damaged is
 * reported as {@link RegisterDamagedException}, which {@link RegisterRecovery} can act on.
 */
public final class RegisterDatabase implements AutoCloseable {

    /** The file name H2 gives the database whose path ends in {@code register}. */
    public static final String FILE_SUFFIX = RegisterLocation.H2File.FILE_SUFFIX;

    /** How long a termination request waits for the store to close before the process ends anyway. */
    public static final int CLOSE_ON_TERMINATION_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(RegisterDatabase.class);

    private final RegisterLocation location;
    private final Path file;
    private final RegisterKey key;
    private final JdbcConnectionPool pool;
    private final Connection keepOpen;
    private final ServerConnections server;
    private final Jdbi jdbi;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CloseOnTermination closeOnTermination;

    private RegisterDatabase(Path file, RegisterKey key, JdbcConnectionPool pool, Connection keepOpen) {
        this.location = new RegisterLocation.H2File(file);
        this.file = file;
        this.key = key;
        this.pool = pool;
        this.keepOpen = keepOpen;
        this.server = null;
        this.jdbi = DurableWrites.install(Jdbi.create(pool).installPlugin(new SqlObjectPlugin()));
        this.closeOnTermination = CloseOnTermination.install(location, () -> close(false, false));
    }

    private RegisterDatabase(ServerConnections server) {
        this.location = server.location();
        this.file = null;
        this.key = null;
        this.pool = null;
        this.keepOpen = null;
        this.server = server;
        this.jdbi = ServerWords.jdbi(server).installPlugin(new SqlObjectPlugin());
        this.closeOnTermination = CloseOnTermination.install(location, () -> close(false, false));
    }

    /**
     * Opens the register at {@code file} (the {@code .mv.db} file, or the path without that
     * ending), creating it and its folder when missing.
     */
    public static RegisterDatabase open(Path file) {
        return open(file, (RegisterPassword) null);
    }

    /**
     * Opens the register at {@code file} with its register password ({@code null} or empty when it
     * has none). A password given for a register without one is not needed and is passed over.
     *
     * @throws RegisterPasswordException when the register has a password and {@code password} is
     *         missing or wrong; the file is then not touched (a wrong password is told by the check
     *         in the key file, before H2 opens the file)
     */
    public static RegisterDatabase open(Path file, RegisterPassword password) {
        Path dbFile = RegisterFiles.withSuffix(file.toAbsolutePath().normalize());
        if (!RegisterEncryption.isLocked(dbFile)) {
            if (Files.exists(RegisterKeyFile.of(dbFile)) && RegisterEncryption.isPlainStore(dbFile)) {
                // a password set or removed was cut short before or after the file was swapped: it has none
                LOG.info("Removing the key file of {}, which has no password", dbFile);
                RegisterKeyFile.delete(dbFile);
            }
            return open(dbFile, null, "file:");
        }
        if (password == null || password.isEmpty()) {
            throw RegisterPasswordException.needed(dbFile);
        }
        List<RegisterKey> keys = RegisterKeyFile.keysFor(dbFile, password);
        RuntimeException first = null;
        for (RegisterKey candidate : keys) {
            try {
                RegisterDatabase opened = open(dbFile, candidate, "file:");
                if (RegisterKeyFile.read(dbFile).size() > 1) {
                    RegisterKeyFile.write(dbFile, candidate, null);
                }
                return opened;
            } catch (RegisterPasswordException | RegisterDamagedException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    /** Opens the register at {@code file} under {@code key} (null: it has no password). */
    static RegisterDatabase openWithKey(Path file, RegisterKey key) {
        return open(file, key, "file:");
    }

    /**
     * Opens the register at {@code location}: an H2 file as {@link #open(Path)}; a database on a
     * PostgreSQL server with the password from {@code PGPASSWORD} or the {@code .pgpass} file
     * (see {@link #open(RegisterLocation, char[])}).
     *
     * @throws RegisterUnavailableException when it cannot be opened; the message says why in words
     */
    public static RegisterDatabase open(RegisterLocation location) {
        return open(location, null);
    }

    /**
     * Opens the register at {@code location}. For a server: signs in with {@code password} (null:
     * from {@code PGPASSWORD}, else the user's {@code .pgpass} file, else none), which is used for
     * this connection only and never stored; the database must exist and be empty or hold a
     * register; its schema is brought up to date (the first PC to open an empty database creates it).
     * {@code password} is ignored for an H2 file.
     *
     * @throws RegisterUnavailableException when it cannot be opened (server not reached, sign-in
     *         refused, no such database, a database of something else); the message says why in words
     */
    public static RegisterDatabase open(RegisterLocation location, char[] password) {
        if (location instanceof RegisterLocation.H2File h2) {
            return open(h2.file());
        }
        RegisterLocation.Server at = (RegisterLocation.Server) location;
        ServerConnections server = ServerConnections.open(at, password);
        try {
            SchemaMigration.migrate(null, at.describe(), Engine.POSTGRESQL, server.dataSource());
            LOG.info("Register database open: {}", at.address());
            return new RegisterDatabase(server);
        } catch (RuntimeException e) {
            server.close();
            throw e instanceof RegisterUnavailableException unavailable ? unavailable : server.explain(e);
        }
    }

    /**
     * Opens the register through the H2 file system named by {@code fileSystem} ({@code "file:"} for
     * the disk itself; tests use one that models a power cut).
     */
    static RegisterDatabase open(Path file, String fileSystem) {
        return open(file, null, fileSystem);
    }

    private static RegisterDatabase open(Path file, RegisterKey key, String fileSystem) {
        Path dbFile = RegisterFiles.withSuffix(file.toAbsolutePath().normalize());
        RegisterFileChecks.beforeOpening(dbFile, key, fileSystem);
        JdbcConnectionPool pool = JdbcConnectionPool.create(RegisterFileAddress.urlOf(dbFile, key, fileSystem),
                RegisterFileAddress.USER, RegisterFileAddress.password(key));
        pool.setMaxConnections(8);
        Connection keepOpen = null;
        try {
            keepOpen = pool.getConnection();
            if (!SchemaVersion.isCurrent(keepOpen)) {
                SchemaMigration.migrate(dbFile, "The register file " + dbFile, Engine.H2, pool);
            }
            BulkEntryIndexes.ensure(keepOpen);
            try (var statement = keepOpen.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
            LOG.info("Register database open at {}", dbFile);
            return new RegisterDatabase(dbFile, key, pool, keepOpen);
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
     * The Flyway locations of {@code engine}'s schema: the scripts both engines share
     * ({@code db/migration/common}) and the engine's own ({@code db/migration/h2} or
     * {@code db/migration/postgresql}), which hold only the scripts whose SQL differs.
     */
    public static String[] migrationLocations(Engine engine) {
        return new String[] {"classpath:db/migration/common",
                "classpath:db/migration/" + engine.name().toLowerCase(java.util.Locale.ROOT)};
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

    /**
     * On a server, starts listening to the changes the other PCs make (see {@link ChangeListener});
     * the caller closes the listener before the register. Empty for an H2 file, which only this
     * program changes.
     */
    public java.util.Optional<ChangeListener> listenForChanges(ChangeListener.Events events) {
        if (server == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(ChangeListener.start(
                () -> server.dedicated("Compact Register changes", ChangeListener.SOCKET_TIMEOUT_SECONDS),
                server::forgetIdleConnections, jdbi, events));
    }

    /** Where the register is: its H2 file or its server and database. */
    public RegisterLocation location() {
        return location;
    }

    /**
     * The login the server signed this PC in as ({@code SELECT session_user}: the login itself, also
     * when it acts as the staff role the README sets up), for the audit trail
     * and the window's status bar; empty for an H2 file, which has no sign-in.
     */
    public java.util.Optional<String> signedInAs() {
        if (server == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(jdbi.withHandle(h -> h.createQuery("SELECT session_user").mapTo(String.class).one()));
    }

    /** The engine that holds the register. */
    public Engine engine() {
        return location.engine();
    }

    /**
     * The {@code .mv.db} file that holds the register.
     *
     * @throws IllegalStateException for a register on a server, which has no file here; ask
     *         {@link #engine()} first
     */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException(location.describe() + " is on a server, not in a file on this PC");
        }
        return file;
    }

    /** Whether the register has a password (its file is encrypted). */
    public boolean hasPassword() {
        return key != null;
    }

    /** The key of the register's password; empty when it has none. */
    public Optional<RegisterKey> key() {
        return Optional.ofNullable(key);
    }

    /**
     * Closes the store and compacts it whatever its fill: H2 copies the live data into a new file and
     * renames it into place, so the old pages (erased values among them) are in no byte of the file.
     * This is how a register with a password is compacted, which {@link RegisterCompaction#compact}
     * cannot open.
     */
    public void closeCompacting() {
        close(true, true);
    }

    /**
     * On a server: closes this PC's connections (the register stays on the server). On H2:
     * closes the store; the file is then complete and can be copied or opened by another program.
     * When the file has grown to more than 1.5 times its data ({@link StoreFill}), it is compacted
     * on the way: H2 copies the live data into a new file beside it and only then puts that file in
     * the register's place (an atomic rename), so an end of the process at any moment leaves either
     * the old file or the compacted one, whole. That takes about a second per 10,000 signatories.
     * Closing twice does nothing the second time.
     */
    @Override
    public void close() {
        close(true, false);
    }

    /** Closes the store, compacting it when {@code mayCompact} and it is worth it (or always, when {@code compact}). */
    private void close(boolean mayCompact, boolean compact) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeOnTermination.remove();
        if (server != null) {
            server.close();
            return;
        }
        try (Connection last = keepOpen; var statement = last.createStatement()) {
            StoreFill fill = StoreFill.of(last);
            if (compact || mayCompact && fill.worthCompacting()) {
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
}
