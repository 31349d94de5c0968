package org.compactregister.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.Signatory;
import org.jdbi.v3.core.Jdbi;

/**
 * Erases one signatory's personal data where the register keeps it (the record, its search words,
 * scans, copies of letters sent, the audit trail's values, subject access requests naming it), and
 * keeps the ledger of erasures: references and dates, never the data.
 */
public final class ErasureRepository {

    /** What stays of one erasure: the signatory's id, when, and who erased. */
    public record Erased(long signatoryId, Instant erasedAt, String staff) {
    }

    /** How much was erased besides the record's own fields. */
    public record Erasure(int scans, int letters, int auditValues) {
    }

    private final Jdbi jdbi;

    public ErasureRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Replaces the signatory's form with {@code kept} (its personal fields already blank), and removes
     * or blanks every other copy of its personal data, in one transaction (joining the caller's).
     */
    public Erasure erase(long signatoryId, CommitmentForm kept, Instant now, String staff) {
        return jdbi.inTransaction(handle -> {
            handle.createUpdate("""
                            UPDATE signatory SET version = version + 1, signatory_name = '', address_line1 = '',
                                address_line2 = '', address_line3 = '', town = '', postcode = '', telephone = '',
                                second_telephone = '', email = '', notes = '', updated_at = :now
                            WHERE id = :id
                            """)
                    .bind("id", signatoryId).bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).execute();
            // the search index reads the erased signatory again before its next answer
            SearchIndex.of(jdbi).changed(java.util.List.of(signatoryId));
            int scans = handle.createUpdate("DELETE FROM scan WHERE signatory_id = :id").bind("id", signatoryId)
                    .execute();
            int letters = handle.createUpdate("""
                            UPDATE letter_sent SET signatory_name = '', address_line1 = '', address_line2 = '',
                                address_line3 = '', town = '', postcode = ''
                            WHERE signatory_id = :id
                            """).bind("id", signatoryId).execute();
            int values = AuditRepository.blankPersonalValues(handle, signatoryId);
            handle.createUpdate("""
                            UPDATE subject_access_request SET person = '(erased)'
                            WHERE references_found LIKE :reference
                            """).bind("reference", "%" + Signatory.referenceOf(signatoryId) + "%").execute();
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            // An update, else an insert: the same on H2 and PostgreSQL (H2's MERGE … KEY is H2's own).
            int again = handle.createUpdate("""
                            UPDATE erasure SET erased_at = :now, staff_member = :staff, compacted = FALSE
                            WHERE signatory_id = :id
                            """).bind("id", signatoryId).bind("now", at).bind("staff", staff).execute();
            if (again == 0) {
                handle.createUpdate("""
                                INSERT INTO erasure (signatory_id, erased_at, staff_member, compacted)
                                VALUES (:id, :now, :staff, FALSE)
                                """).bind("id", signatoryId).bind("now", at).bind("staff", staff).execute();
            }
            return new Erasure(scans, letters, values);
        });
    }

    /** The erasures recorded in this register, oldest first. */
    public List<Erased> ledger() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM erasure ORDER BY erased_at, signatory_id")
                .map((rs, ctx) -> new Erased(rs.getLong("signatory_id"),
                        rs.getObject("erased_at", OffsetDateTime.class).toInstant(), rs.getString("staff_member")))
                .list());
    }

    /**
     * Marks the erasures not yet compacted away as compacted, just before the register closes and
     * is compacted. Returns whether there were any (so whether the file must be compacted).
     */
    public boolean takePendingCompaction() {
        return jdbi.withHandle(handle -> handle.createUpdate(
                "UPDATE erasure SET compacted = TRUE WHERE NOT compacted").execute() > 0);
    }

    /** Whether an erasure has been made since the file was last compacted (its old pages may still hold the data). */
    public boolean compactionPending() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM erasure WHERE NOT compacted")
                .mapTo(Integer.class).one() > 0);
    }

    /** Ids in {@code ids} that are in the register and not erased yet. */
    public List<Long> presentAndNotErased(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id FROM signatory WHERE id IN (<ids>)
                            AND id NOT IN (SELECT signatory_id FROM erasure) ORDER BY id
                        """).bindList("ids", List.copyOf(ids)).mapTo(Long.class).list());
    }
}
