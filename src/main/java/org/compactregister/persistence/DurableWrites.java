package org.compactregister.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Makes every write durable before the call that made it returns: once a transaction commits (or a
 * statement outside a transaction changes something), the store is written and forced to the disk
 * with H2's {@code CHECKPOINT SYNC}. A save the window or a command reports as done then survives
 * the process being killed and the power going off.
 *
 * <p>H2 on its own writes a commit to the file up to {@code WRITE_DELAY} later and never forces it
 * to the disk (see h2database issue 2048 and docs/decisions/0007-durable-saves.md).
 */
final class DurableWrites extends DelegatingTransactionHandler implements StatementCustomizer {

    private DurableWrites(TransactionHandler delegate) {
        super(delegate);
    }

    /** Wraps {@code jdbi}'s transactions and statements so that each write is forced to the disk. */
    static Jdbi install(Jdbi jdbi) {
        DurableWrites durable = new DurableWrites(jdbi.getTransactionHandler());
        jdbi.setTransactionHandler(durable);
        jdbi.getConfig(SqlStatements.class).addCustomizer(durable);
        return jdbi;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        R result = super.inTransaction(handle, callback);
        syncUnlessNested(handle);
        return result;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        R result = super.inTransaction(handle, level, callback);
        syncUnlessNested(handle);
        return result;
    }

    /** An explicit {@code handle.commit()} (outside {@code inTransaction}) is made durable too. */
    @Override
    public void commit(Handle handle) {
        super.commit(handle);
        sync(handle.getConnection());
    }

    /** A write in auto-commit mode is its own transaction: force it to the disk at once. */
    @Override
    public void afterExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
        Connection connection = ctx.getConnection();
        if (connection.getAutoCommit() && changesData(ctx.getRawSql())) {
            sync(connection);
        }
    }

    private static void syncUnlessNested(Handle handle) {
        if (!handle.isInTransaction()) {
            sync(handle.getConnection());
        }
    }

    /** True unless the statement only reads (SELECT, WITH … SELECT, VALUES, EXPLAIN). */
    static boolean changesData(String sql) {
        String start = sql.stripLeading().toUpperCase(Locale.ROOT);
        return !(start.startsWith("SELECT") || start.startsWith("WITH") || start.startsWith("VALUES")
                || start.startsWith("EXPLAIN") || start.startsWith("TABLE "));
    }

    private static void sync(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new DurabilityException(e);
        }
    }

    /** The change was committed but could not be forced to the disk (the disk failed or filled up). */
    static final class DurabilityException extends RuntimeException {
        DurabilityException(SQLException cause) {
            super("The change was made but could not be written safely to the disk: "
                    + DatabaseProblems.reason(cause), cause);
        }
    }
}
