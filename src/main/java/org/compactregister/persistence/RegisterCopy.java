package org.compactregister.persistence;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.RegisterProblem;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Copies a whole register from one database into another, on either engine: every table Flyway made
 * (signatories, scans, letters sent, templates, settings, the audit trail, subject access requests,
 * the erasure ledger, blank forms; not Flyway's own history) in foreign-key order, keeping ids and
 * versions, and then sets each identity counter past the highest id copied so that new rows do not
 * collide. Scans are streamed, one row at a time; other rows go in batches of {@value #BATCH} rows.
 *
 * <p>The copy is one transaction on the target: it holds all of the source or none of it. Before it
 * commits it checks itself ({@link Check}): every table's row count and every scan's SHA-256 (of the
 * bytes read back from the target) equal the source's; a difference rolls it all back. The source is
 * read in one read-only transaction (a single consistent moment of it) and is never written.
 */
public final class RegisterCopy {

    /** Rows written to the target per batch. */
    static final int BATCH = 1_000;

    /** What the target may hold before the copy. */
    public enum Into {
        /** A new register: any row in it refuses the copy. */
        EMPTY_REGISTER,
        /** A register whose rows are all replaced (a restore onto a server): deleted in the same transaction. */
        REPLACING_ITS_CONTENTS
    }

    /** What {@link Listener} is told as the table while the copy checks itself. */
    public static final String CHECKING = "(check)";

    /**
     * Told how far the copy has got: rows copied so far of all rows, and the table it is copying
     * (or {@link #CHECKING} once it checks the copy).
     */
    public interface Listener {
        void copied(long rows, long totalRows, String table);

        Listener NONE = (rows, total, table) -> { };
    }

    /**
     * The check made before the copy committed: the rows of each table (equal on both sides) and how
     * many scans were read back and found byte for byte the same (by SHA-256).
     */
    public record Check(Map<String, Long> rowsByTable, long scansCompared) {

        public long rows(String table) {
            return rowsByTable.getOrDefault(table, 0L);
        }

        public long totalRows() {
            return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The copy was refused or failed its check; the target was left as it was. The message says why, in words. */
    public static final class CopyRefusedException extends RegisterProblem {
        CopyRefusedException(String message) {
            super(message);
        }
    }

    /** The copy stopped because it was asked to; nothing of it was kept in the target. */
    public static final class CopyStoppedException extends RuntimeException {
        CopyStoppedException() {
            super("The copy was stopped before it was complete.");
        }
    }

    /**
     * How a copy is stopped: {@code asked} is polled between rows and scans; {@code finishing} is run
     * once, when the copy is checked and about to commit, and throws (nothing is kept) when a stop
     * was asked for first; a stop asked for after it is the caller's to refuse.
     */
    public record Stop(BooleanSupplier asked, Runnable finishing) {

        /** Polled only: for callers that cannot refuse a late stop. */
        public static Stop polling(BooleanSupplier asked) {
            return new Stop(asked, () -> {
                if (asked.getAsBoolean()) {
                    throw new CopyStoppedException();
                }
            });
        }
    }

    private final Connection source;
    private final Jdbi target;
    private final CopyProgress progress;

    private RegisterCopy(Connection source, Jdbi target, Listener listener, Stop stop) {
        this.source = source;
        this.target = target;
        this.progress = new CopyProgress(listener, stop);
    }

    /**
     * Copies the register {@code source} into {@code target}, adding
     * {@code note} (when not null) to the target's audit trail in the same transaction, after the
     * check. {@code source}'s connection is left as it came (its auto-commit as it was).
     *
     * @throws CopyRefusedException when the target is not empty (for {@link Into#EMPTY_REGISTER}),
     *         the two registers' tables differ, or the check found a difference
     * @throws CopyStoppedException when {@code stop} said so; the target holds nothing of the copy
     */
    public static Check copy(ReadOnlyRegister source, Jdbi target, Into into, AuditEntry note, Listener listener,
                             Stop stop) {
        try {
            return new RegisterCopy(source.connection(), target, listener, stop).run(into, note, source.shared());
        } catch (SQLException e) {
            throw new CopyRefusedException("The register could not be copied: " + DatabaseProblems.reason(e) + ".");
        } catch (JdbiException e) {
            if (e.getCause() instanceof CopyStoppedException stopped) {
                throw stopped;
            }
            throw new CopyRefusedException("The register could not be copied: "
                    + DatabaseProblems.reason(e.getCause() == null ? e : e.getCause()) + ".");
        }
    }

    private Check run(Into into, AuditEntry note, boolean snapshot) throws SQLException {
        boolean autoCommit = source.getAutoCommit();
        boolean readOnly = source.isReadOnly();
        int isolation = source.getTransactionIsolation();
        try {
            source.setAutoCommit(false);
            if (snapshot) {
                source.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            }
            source.setReadOnly(true);
            RegisterTables tables = RegisterTables.of(source);
            Map<String, Long> sourceRows = CopyCheck.counts(source, tables);
            progress.total(sourceRows.values().stream().mapToLong(Long::longValue).sum());
            return target.withHandle(handle -> {
                Connection to = handle.getConnection();
                RegisterTables targetTables = RegisterTables.of(to);
                String difference = tables.differenceFrom(targetTables);
                if (difference != null) {
                    throw new CopyRefusedException("The two registers are not of the same version of Compact "
                            + "Register (" + difference + "). Open each with this version first.");
                }
                refuseUnlessEmpty(into, CopyCheck.counts(to, tables));
                resetIdentities(to, tables);
                return handle.inTransaction(inside -> {
                    if (into == Into.REPLACING_ITS_CONTENTS) {
                        deleteAll(to, tables);
                    }
                    for (RegisterTables.Table table : tables.tables()) {
                        copyTable(table, to);
                    }
                    Check check = CopyCheck.check(source, tables, sourceRows, to, progress);
                    if (note != null) {
                        AuditRepository.add(inside, note);
                    }
                    progress.finishing();
                    return check;
                });
            });
        } finally {
            source.rollback();
            source.setReadOnly(readOnly);
            source.setTransactionIsolation(isolation);
            source.setAutoCommit(autoCommit);
        }
    }

    private static void refuseUnlessEmpty(Into into, Map<String, Long> targetRows) {
        if (into != Into.EMPTY_REGISTER) {
            return;
        }
        long signatories = targetRows.getOrDefault("signatory", 0L);
        long rows = targetRows.values().stream().mapToLong(Long::longValue).sum();
        if (rows > 0) {
            throw new CopyRefusedException("The register to move into is not empty: it holds "
                    + (signatories > 0 ? signatories + (signatories == 1 ? " signatory" : " signatories")
                    : rows + (rows == 1 ? " record" : " records")) + ". Move into a new, empty register; "
                    + "nothing was copied.");
        }
    }

    /**
     * Sets each identity counter past the highest id that will be in the table. Done before the copy's
     * transaction (H2 commits around a change to a table's definition); the counter of a table whose
     * copy is then rolled back is only higher than it needs to be.
     */
    private void resetIdentities(Connection to, RegisterTables tables) throws SQLException {
        boolean postgres = isPostgres(to);
        for (RegisterTables.Table table : tables.tables()) {
            if (table.identity() == null) {
                continue;
            }
            long next = Math.max(maxId(source, table), maxId(to, table)) + 1;
            try (Statement statement = to.createStatement()) {
                statement.execute(postgres
                        ? "SELECT setval(pg_get_serial_sequence('" + table.name() + "', '" + table.identity() + "'), "
                                + next + ", false)"
                        : "ALTER TABLE " + table.name() + " ALTER COLUMN " + table.identity() + " RESTART WITH " + next);
            }
        }
        if (!to.getAutoCommit()) {
            to.commit();
        }
    }

    /** Whether {@code connection} is to a PostgreSQL server (else it is H2). */
    static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    private static long maxId(Connection connection, RegisterTables.Table table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(" + table.identity() + "), 0) FROM "
                     + table.name())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteAll(Connection to, RegisterTables tables) throws SQLException {
        List<RegisterTables.Table> reversed = new ArrayList<>(tables.tables());
        java.util.Collections.reverse(reversed);
        try (Statement statement = to.createStatement()) {
            for (RegisterTables.Table table : reversed) {
                statement.executeUpdate("DELETE FROM " + table.name());
            }
        }
    }

    private void copyTable(RegisterTables.Table table, Connection to) throws SQLException {
        List<RegisterTables.Column> columns = table.columns();
        String key = table.sliceKey();
        int keyIndex = key == null ? -1 : List.copyOf(table.columnNames()).indexOf(key) + 1;
        String names = String.join(", ", table.columnNames());
        String select = "SELECT " + String.join(", ", columns.stream().map(c -> key != null && c.isBytea()
                        ? "octet_length(" + c.name() + ")" : c.name()).toList()) + " FROM " + table.name()
                + (table.primaryKey().isEmpty() ? "" : " ORDER BY " + String.join(", ", table.primaryKey()));
        String insert = "INSERT INTO " + table.name() + " (" + names + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        boolean oneByOne = table.hasBinary();
        List<ByteaSlices> open = new ArrayList<>();
        try (Statement read = source.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             PreparedStatement write = to.prepareStatement(insert)) {
            read.setFetchSize(oneByOne ? 1 : BATCH);
            try (ResultSet rows = read.executeQuery(select)) {
                int pending = 0;
                while (rows.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        RegisterTables.Column column = columns.get(i);
                        if (key != null && column.isBytea()) {
                            long length = rows.getLong(i + 1);
                            if (rows.wasNull()) {
                                write.setNull(i + 1, java.sql.Types.BINARY);
                            } else {
                                ByteaSlices slices = ByteaSlices.of(source, table.name(), column.name(), key,
                                        rows.getObject(keyIndex), length);
                                open.add(slices);
                                write.setBinaryStream(i + 1, slices, length);
                            }
                        } else {
                            ColumnValues.copy(column, rows, write, i + 1);
                        }
                    }
                    if (oneByOne) {
                        write.executeUpdate();
                        closeAll(open);
                        progress.advance(1, table);
                    } else {
                        write.addBatch();
                        if (++pending == BATCH) {
                            write.executeBatch();
                            progress.advance(pending, table);
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                    progress.advance(pending, table);
                }
            }
        } finally {
            closeAll(open);
        }
    }

    private static void closeAll(List<ByteaSlices> open) {
        for (ByteaSlices slices : open) {
            try {
                slices.close();
            } catch (IOException ignored) {
                // its statement is closed with the connection's transaction in any case
            }
        }
        open.clear();
    }
}
