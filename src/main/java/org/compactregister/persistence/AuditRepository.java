package org.compactregister.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.FieldChange;
import org.compactregister.model.StaffMember;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Keeps the audit trail. Entries are only ever added (on the handle of the change they record, so
 * in its transaction) and read; the other writes are {@link #blankPersonalValues}, for an erasure,
 * and a bulk entry's summary and time set as its own transaction ends
 * ({@link #inTransactionRecordingRows}), before anyone else can read it.
 */
public final class AuditRepository {

    private final Jdbi jdbi;
    private volatile Boolean server;

    public AuditRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Runs {@code change} and records the entry {@code describe} makes of its result, in one
     * transaction: the change and its entry are both kept, or (when either fails) neither. The
     * repositories {@code change} calls join this transaction. {@code describe} may return null when
     * nothing changed (nothing is recorded then).
     */
    public <T> T inTransactionRecording(java.util.function.Supplier<T> change,
                                        java.util.function.Function<T, AuditEntry> describe) {
        return inTransactionRecording(change, describe, recorded -> { });
    }

    /**
     * As {@link #inTransactionRecording(java.util.function.Supplier, java.util.function.Function)}, and
     * once the transaction has committed (the outermost one, when this joins another), hands
     * {@code committed} the entry with the signatory's version as the transaction left it.
     */
    public <T> T inTransactionRecording(java.util.function.Supplier<T> change,
                                        java.util.function.Function<T, AuditEntry> describe,
                                        java.util.function.Consumer<RecordedChange> committed) {
        return translatingLostConnection(() -> inTransaction(change, describe, committed));
    }

    /** Runs {@code work}; a connection that could not be made or was lost is told in words. */
    private static <T> T translatingLostConnection(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (org.jdbi.v3.core.JdbiException e) {
            if (lostConnection(e)) {
                throw new RegisterUnavailableException(null, "The register's server could not be reached, so nothing "
                        + "was saved. Check that this PC is on the network and the server is on, then try again.", e);
            }
            throw e;
        }
    }

    /** True when {@code problem} comes from a connection that could not be made or was lost (SQL state 08…). */
    static boolean lostConnection(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> change,
                                java.util.function.Function<T, AuditEntry> describe,
                                java.util.function.Consumer<RecordedChange> committed) {
        return jdbi.inTransaction(handle -> {
            T result = change.get();
            AuditEntry entry = describe.apply(result);
            if (entry != null) {
                add(handle, entry);
                announce(handle, entry, committed);
            }
            return result;
        });
    }

    /**
     * Tells of {@code entry} once its transaction commits: {@code committed} in this program, and on
     * a shared register the other PCs ({@code pg_notify}, delivered on commit, never on rollback).
     */
    private void announce(Handle handle, AuditEntry entry, java.util.function.Consumer<RecordedChange> committed) {
        int version = entry.signatoryId() == null ? 0 : handle.createQuery(
                        "SELECT version FROM signatory WHERE id = :id")
                .bind("id", entry.signatoryId()).mapTo(Integer.class).findOne().orElse(0);
        RecordedChange recorded = new RecordedChange(entry, version);
        if (onServer(handle)) {
            ChangeNotice notice = new ChangeNotice(ChangeNotice.originOf(jdbi), entry.action(),
                    entry.signatoryId(), version, entry.staff().name(), entry.recordedAt());
            handle.createQuery("SELECT pg_notify(:channel, :payload)")
                    .bind("channel", ChangeNotice.CHANNEL).bind("payload", notice.toJson())
                    .mapTo(String.class).findOne();
        }
        handle.afterCommit(() -> committed.accept(recorded));
    }

    /**
     * True when the register is on a PostgreSQL server, whose other PCs are told of each change in
     * its own transaction ({@code pg_notify}, delivered when it commits, never when it rolls back).
     */
    private boolean onServer(Handle handle) {
        Boolean known = server;
        if (known == null) {
            try {
                known = "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new org.jdbi.v3.core.ConnectionException(e);
            }
            server = known;
        }
        return known;
    }

    /**
     * Like {@link #inTransactionRecording}, for a change that adds signatories in bulk (an import):
     * {@code opening} (an entry without changes) is added first, {@code change} writes one change per
     * signatory into the {@link AuditedRows} it is given as the signatories go in, and {@code describe}
     * is then given the result and how many changes were written. Its entry's summary replaces the
     * opening's; when it gives null, nothing is recorded. {@code committed} is told as
     * {@link #inTransactionRecording(java.util.function.Supplier, java.util.function.Function, java.util.function.Consumer)}
     * tells it. The changes are written as they come, so a bulk entry of any size holds none of them
     * in memory; all of it is one transaction with the signatories.
     */
    public <T> T inTransactionRecordingRows(AuditEntry opening, java.util.function.Function<AuditedRows, T> change,
                                            java.util.function.BiFunction<T, Integer, AuditEntry> describe,
                                            java.util.function.Consumer<RecordedChange> committed) {
        return translatingLostConnection(() -> jdbi.inTransaction(handle -> {
            long entryId = add(handle, opening);
            AuditedRows rows = new AuditedRows(handle, entryId, opening.changes().size());
            T result = change.apply(rows);
            AuditEntry entry = describe.apply(result, rows.written());
            if (entry == null) {
                handle.createUpdate("DELETE FROM audit_change WHERE entry_id = :id").bind("id", entryId).execute();
                handle.createUpdate("DELETE FROM audit_entry WHERE id = :id").bind("id", entryId).execute();
            } else {
                if (entry.action() != opening.action()) {
                    throw new IllegalStateException("A bulk entry opened as " + opening.action() + " cannot end as "
                            + entry.action());
                }
                // the entry this transaction added: its summary and time as the change ended
                handle.createUpdate("UPDATE audit_entry SET summary = :summary, recorded_at = :at WHERE id = :id")
                        .bind("summary", entry.summary())
                        .bind("at", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
                        .bind("id", entryId).execute();
                announce(handle, entry, committed);
            }
            return result;
        }));
    }

    /** Adds the entry and its changes on {@code handle} (whose transaction the caller holds); returns its id. */
    public static long add(Handle handle, AuditEntry entry) {
        long id = handle.createUpdate("""
                        INSERT INTO audit_entry (recorded_at, staff_member, action, signatory_id, summary)
                        VALUES (:at, :staff, :action, :signatoryId, :summary)
                        """)
                .bind("at", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
                .bind("staff", entry.staff().name())
                .bind("action", entry.action().name())
                .bind("signatoryId", entry.signatoryId())
                .bind("summary", entry.summary())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        addChanges(handle, id, 0, entry.changes());
        return id;
    }

    /** Adds {@code changes} to entry {@code entryId}, numbered from {@code position}, in one batch. */
    static void addChanges(Handle handle, long entryId, int position, List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO audit_change (entry_id, position, signatory_id, field, old_value, new_value, personal)
                VALUES (:entry, :position, :signatoryId, :field, :old, :new, :personal)
                """);
        int at = position;
        for (FieldChange change : changes) {
            batch.bind("entry", entryId).bind("position", at++).bind("signatoryId", change.signatoryId())
                    .bind("field", change.field()).bind("old", change.oldValue()).bind("new", change.newValue())
                    .bind("personal", change.personal()).add();
        }
        batch.execute();
    }

    /**
     * The entries that match, newest first, at most {@code limit}. Dates in the filter are days in
     * {@code zone}. Entries about a signatory include an import's entry when one of its rows became it
     * (with only that row's change).
     */
    public List<AuditEntry> find(AuditFilter filter, ZoneId zone, int limit) {
        return jdbi.withHandle(handle -> {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            if (!filter.staff().isEmpty()) {
                where.append(" AND LOWER(e.staff_member) LIKE :staff");
            }
            if (filter.from() != null) {
                where.append(" AND e.recorded_at >= :from");
            }
            if (filter.to() != null) {
                where.append(" AND e.recorded_at < :to");
            }
            if (filter.action() != null) {
                where.append(" AND e.action = :action");
            }
            if (filter.signatoryId() != null) {
                where.append(" AND (e.signatory_id = :signatory OR e.id IN "
                        + "(SELECT entry_id FROM audit_change WHERE signatory_id = :signatory))");
            }
            Query query = handle.createQuery("SELECT e.* FROM audit_entry e" + where
                    + " ORDER BY e.id DESC LIMIT :limit").bind("limit", limit);
            if (!filter.staff().isEmpty()) {
                query.bind("staff", filter.staff().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%");
            }
            if (filter.from() != null) {
                query.bind("from", filter.from().atStartOfDay(zone).toOffsetDateTime());
            }
            if (filter.to() != null) {
                query.bind("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            }
            if (filter.action() != null) {
                query.bind("action", filter.action().name());
            }
            if (filter.signatoryId() != null) {
                query.bind("signatory", filter.signatoryId());
            }
            Map<Long, AuditEntry> entries = new LinkedHashMap<>();
            query.map((rs, ctx) -> entry(rs)).forEach(entry -> entries.put(entry.id(), entry));
            return withChanges(handle, entries, filter.signatoryId());
        });
    }

    private static List<AuditEntry> withChanges(Handle handle, Map<Long, AuditEntry> entries, Long onlyFor) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FieldChange>> changes = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(entries.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            handle.createQuery("SELECT * FROM audit_change WHERE entry_id IN (<ids>) ORDER BY entry_id, position")
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .map((rs, ctx) -> Map.entry(rs.getLong("entry_id"), change(rs)))
                    .forEach(row -> changes.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        }
        List<AuditEntry> result = new ArrayList<>();
        for (AuditEntry entry : entries.values()) {
            List<FieldChange> own = changes.getOrDefault(entry.id(), List.of()).stream()
                    .filter(c -> onlyFor == null || c.signatoryId() == null || c.signatoryId().equals(onlyFor))
                    .toList();
            result.add(new AuditEntry(entry.id(), entry.recordedAt(), entry.staff(), entry.action(),
                    entry.signatoryId(), entry.summary(), own));
        }
        return result;
    }

    /**
     * Replaces every personal value recorded about the signatory (in its own entries, and in its row
     * of an import) with {@link FieldChange#ERASED}, on {@code handle} in the caller's transaction.
     * Returns how many values were blanked.
     */
    public static int blankPersonalValues(Handle handle, long signatoryId) {
        return handle.createUpdate("""
                        UPDATE audit_change SET
                            old_value = CASE WHEN old_value IS NULL THEN NULL ELSE :erased END,
                            new_value = CASE WHEN new_value IS NULL THEN NULL ELSE :erased END
                        WHERE personal AND (signatory_id = :id
                            OR (signatory_id IS NULL AND entry_id IN (SELECT id FROM audit_entry WHERE signatory_id = :id)))
                        """)
                .bind("erased", FieldChange.ERASED).bind("id", signatoryId).execute();
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long signatory = rs.getLong("signatory_id");
        Long signatoryId = rs.wasNull() ? null : signatory;
        Instant at = rs.getObject("recorded_at", OffsetDateTime.class).toInstant();
        return new AuditEntry(rs.getLong("id"), at, new StaffMember(rs.getString("staff_member")),
                AuditAction.valueOf(rs.getString("action")), signatoryId, rs.getString("summary"), List.of());
    }

    private static FieldChange change(ResultSet rs) throws SQLException {
        long signatory = rs.getLong("signatory_id");
        Long signatoryId = rs.wasNull() ? null : signatory;
        return new FieldChange(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
                rs.getBoolean("personal"), signatoryId);
    }
}
