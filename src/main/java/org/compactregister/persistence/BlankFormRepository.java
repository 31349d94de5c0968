package org.compactregister.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/** The blank commitment forms printed: one row per form, its id the number in its reference (BF-000007). */
public final class BlankFormRepository {

    private final Jdbi jdbi;

    public BlankFormRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records {@code count} new blank forms in one transaction and returns their numbers, in order. */
    public List<Long> create(int count, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return jdbi.inTransaction(handle -> {
            List<Long> ids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ids.add(handle.createUpdate("INSERT INTO blank_form (printed_at) VALUES (:at)")
                        .bind("at", at)
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one());
            }
            return ids;
        });
    }

    /** Whether blank form {@code id} was printed by this register. */
    public boolean exists(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM blank_form WHERE id = :id")
                .bind("id", id).mapTo(Integer.class).one() > 0);
    }

    /** The signatory the blank form became when it was entered; empty while it is not entered (or not there). */
    public OptionalLong signatoryOf(long id) {
        Optional<Long> found = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT signatory_id FROM blank_form WHERE id = :id AND signatory_id IS NOT NULL")
                .bind("id", id).mapTo(Long.class).findOne());
        return found.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** Notes that blank form {@code id} was entered as signatory {@code signatoryId}. */
    public void markEntered(long id, long signatoryId) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE blank_form SET signatory_id = :s WHERE id = :id")
                .bind("s", signatoryId).bind("id", id).execute());
    }
}
