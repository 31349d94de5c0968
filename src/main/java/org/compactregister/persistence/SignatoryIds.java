package org.compactregister.persistence;

import java.util.List;
import org.compactregister.model.Signatory;
import org.jdbi.v3.core.Jdbi;

/**
 * The signatories added by one bulk entry (an import, sample data): ids are given in rising order,
 * so those added after {@link #highest()} was read are the ones above it. Called inside the bulk
 * entry's transaction, it sees its rows.
 */
public final class SignatoryIds {

    private final Jdbi jdbi;

    public SignatoryIds(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The highest id in the register, or 0 when it is empty. */
    public long highest() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM signatory")
                .mapTo(Long.class).one());
    }

    /** The signatories whose id is above {@code id}, by id. */
    public List<Signatory> above(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM signatory WHERE id > :id ORDER BY id")
                .bind("id", id).map(new SignatoryMapper()).list());
    }
}
