package org.compactregister.persistence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.compactregister.model.Engine;
import org.h2.api.ErrorCode;
import org.h2.store.fs.FileUtils;
import org.jdbi.v3.core.JdbiException;

/**
 * The statements behind Back up and Restore: H2's consistent online copy of an open register as a
 * compressed SQL script ({@code SCRIPT TO … COMPRESSION ZIP}: a zip holding {@value #SCRIPT_ENTRY},
 * every table's rows, scans included, so signatories, settings and scans travel together), loading
 * such a script into a new register file, and the checks on a register file made from a backup
 * before it replaces the register.
 *
 * <p>The script holds the data and not the store's pages, so a backup is a small fraction of the
 * register file (about 10 MB for 100,000 signatories without scans). Backups made before version 9
 * held the database file itself ({@code BACKUP TO}); {@link #loadScript} is not needed for those.
 */
public final class BackupStatements {

    /** The name of the SQL script inside a backup zip, as H2 writes it. */
    public static final String SCRIPT_ENTRY = "script.sql";

    private BackupStatements() {
    }

    /**
     * Writes the open register to the zip file {@code zip} as a compressed SQL script, replacing any
     * file there, while the register stays in use (the script is one consistent moment of it).
     *
     * @return how many signatories the backup holds
     * @throws IOException when H2 could not write it; the message is H2's reason (such as
     *         "No space left on device"); for a register on a PostgreSQL server, which this H2
     *         script cannot back up, an IOException that says so
     */
    public static int backUp(RegisterDatabase database, Path zip) throws IOException {
        return backUp(database, zip, written -> { }, () -> false);
    }

    /**
     * As {@link #backUp(RegisterDatabase, Path)}, telling {@code written} every tenth of a second how
     * many bytes of the zip are written so far, and stopping soon after {@code stop} says so.
     *
     * @throws BackupStoppedException when it stopped because {@code stop} asked; the zip is then
     *         incomplete and must be thrown away
     */
    public static int backUp(RegisterDatabase database, Path zip, LongConsumer written, BooleanSupplier stop)
            throws IOException {
        if (database.engine() != Engine.H2) {
            throw new IOException("This backup is of a register file on this PC; " + database.location().describe()
                    + " is backed up on the server (see the README's part on backing up the shared register).");
        }
        if (database.key().isEmpty()) {
            return script(database, zip, quoted(zip), zip, written, stop);
        }
        // a register with a password: H2 writes the script into a scratch file under a one-time key,
        // which is then encrypted into the backup with the register's key (see BackupCipher)
        Path scratch = zip.resolveSibling("." + zip.getFileName() + ".script");
        String h2Path = RegisterEncryption.scratchPath(scratch);
        try {
            int count = script(database, zip, h2Path.replace("'", "''"), scratch, written, stop);
            try (InputStream plain = new BufferedInputStream(FileUtils.newInputStream(h2Path), 1 << 16);
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16)) {
                BackupCipher.encrypt(plain, out, database.key().orElseThrow());
            }
            return count;
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    private static int script(RegisterDatabase database, Path zip, String target, Path watched, LongConsumer written,
                              BooleanSupplier stop) throws IOException {
        try {
            return database.jdbi().inTransaction(handle -> {
                int count = handle.createQuery("SELECT COUNT(*) FROM signatory").mapTo(Integer.class).one();
                try (Statement script = handle.getConnection().createStatement()) {
                    Thread watcher = watch(script, watched, written, stop);
                    try {
                        script.execute("SCRIPT TO '" + target + "' COMPRESSION ZIP");
                    } catch (SQLException e) {
                        if (e.getErrorCode() == ErrorCode.STATEMENT_WAS_CANCELED) {
                            throw new BackupStoppedException();
                        }
                        throw e;
                    } finally {
                        watcher.interrupt();
                    }
                }
                return count;
            });
        } catch (JdbiException e) {
            throw new IOException(DatabaseProblems.reason(e.getCause() == null ? e : e.getCause()), e);
        } catch (SQLException e) {
            throw new IOException(DatabaseProblems.reason(e), e);
        }
    }

    /** The script was stopped on request before it was complete. */
    public static final class BackupStoppedException extends RuntimeException {
        BackupStoppedException() {
            super("The backup was stopped before it was complete.");
        }
    }

    private static Thread watch(Statement script, Path zip, LongConsumer written, BooleanSupplier stop) {
        Thread watcher = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(100);
                    written.accept(Files.exists(zip) ? Files.size(zip) : 0);
                    if (stop.getAsBoolean()) {
                        script.cancel();
                        return;
                    }
                }
            } catch (InterruptedException | IOException | SQLException finished) {
                // the script ended, or the zip or statement is gone: nothing more to watch
            }
        }, "backup-progress");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    /**
     * Makes the register file {@code databaseFile} (which must not exist) from the SQL script in the
     * backup zip {@code zip}, and closes it compacted.
     *
     * @throws IOException when the script cannot be read or run (damaged, cut short, or not ours);
     *         the message is H2's reason
     */
    public static void loadScript(Path zip, Path databaseFile) throws IOException {
        loadScript(quoted(zip), databaseFile, null);
    }

    /**
     * As {@link #loadScript(Path, Path)}, from an encrypted backup decrypted into {@code backup}, into
     * a register file under {@code key} (null: a register without a password).
     */
    public static void loadScript(Decrypted backup, Path databaseFile, RegisterKey key) throws IOException {
        loadScript(backup.h2Path.replace("'", "''"), databaseFile, key);
    }

    /** As {@link #loadScript(Path, Path)}, into a register file under {@code key} (null: none). */
    public static void loadScript(Path zip, Path databaseFile, RegisterKey key) throws IOException {
        loadScript(quoted(zip), databaseFile, key);
    }

    private static void loadScript(String source, Path databaseFile, RegisterKey key) throws IOException {
        try (Connection connection = DriverManager.getConnection(RegisterFileAddress.urlOf(databaseFile, key),
                RegisterFileAddress.USER, RegisterFileAddress.password(key));
             Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM '" + source + "' COMPRESSION ZIP");
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IOException(DatabaseProblems.reason(e), e);
        }
    }

    private static String quoted(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }

    /**
     * Whether the closed database file {@code databaseFile} (ending {@link RegisterDatabase#FILE_SUFFIX})
     * holds a register of this application: its signatory table and its schema history. It is looked
     * at without being brought up to date (nothing is added to it), and closed again. False too when it
     * is not an H2 database, belongs to another user, or is damaged.
     */
    public static boolean holdsARegister(Path databaseFile) {
        return holdsARegister(databaseFile, null);
    }

    /** As {@link #holdsARegister(Path)}, for a file under {@code key} (null: no password). */
    public static boolean holdsARegister(Path databaseFile, RegisterKey key) {
        try (Connection connection = DriverManager.getConnection(RegisterFileAddress.urlOf(databaseFile, key)
                + ";IFEXISTS=TRUE", RegisterFileAddress.USER, RegisterFileAddress.password(key));
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
        return countSignatories(databaseFile, null);
    }

    /** As {@link #countSignatories(Path)}, for a file under {@code key} (null: no password). */
    public static int countSignatories(Path databaseFile, RegisterKey key) {
        try (RegisterDatabase database = RegisterDatabase.openWithKey(databaseFile, key)) {
            return new SignatoryRepository(database.jdbi()).count();
        }
    }

    /**
     * An encrypted backup ({@link BackupCipher}) decrypted into a scratch file that is itself encrypted
     * under a one-time key, so the zip is never on the disk in clear. Closing it deletes the scratch file.
     */
    public static final class Decrypted implements AutoCloseable {
        private final String h2Path;
        private final Path file;
        private final RegisterKey key;

        private Decrypted(String h2Path, Path file, RegisterKey key) {
            this.h2Path = h2Path;
            this.file = file;
            this.key = key;
        }

        /** The backup's zip, decrypted, from its start. */
        public InputStream zip() throws IOException {
            return FileUtils.newInputStream(h2Path);
        }

        /** The key of the register the backup was taken of (the password's, with that register's salt). */
        public RegisterKey key() {
            return key;
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // unreadable without the one-time key, which is gone with this object
            }
        }
    }

    /**
     * Decrypts the encrypted backup {@code backup} with {@code password} into the scratch file {@code scratch}.
     *
     * @throws org.compactregister.model.RegisterPasswordException when the password does not open it
     * @throws IOException when it is damaged or cut short
     */
    public static Decrypted decrypt(Path backup, org.compactregister.model.RegisterPassword password, Path scratch)
            throws IOException {
        String h2Path = RegisterEncryption.scratchPath(scratch);
        boolean done = false;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(backup), 1 << 16);
             OutputStream out = new BufferedOutputStream(FileUtils.newOutputStream(h2Path, false), 1 << 16)) {
            RegisterKey key = BackupCipher.decrypt(backup, in, out, password);
            done = true;
            return new Decrypted(h2Path, scratch, key);
        } finally {
            if (!done) {
                Files.deleteIfExists(scratch);
            }
        }
    }
}
