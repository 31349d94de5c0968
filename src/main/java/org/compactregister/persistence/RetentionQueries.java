package org.compactregister.persistence;

import java.time.LocalDate;
import java.util.List;
import org.compactregister.model.Signatory;
import org.jdbi.v3.core.Jdbi;

/** The signatories a retention rule may have made due. */
public final class RetentionQueries {

    private final Jdbi jdbi;

    public RetentionQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Withdrawn on or before {@code date}, and not yet erased; by withdrawal date. */
    public List<Signatory> withdrawnOnOrBefore(LocalDate date) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM signatory WHERE status = 'WITHDRAWN' AND withdrawn_on <= :date
                            AND id NOT IN (SELECT signatory_id FROM erasure)
                        ORDER BY withdrawn_on, id
                        """).bind("date", date).map(new SignatoryMapper()).list());
    }

    /** Acknowledged on or before {@code date} that still have scans; by acknowledgement date. */
    public List<Signatory> acknowledgedWithScansOnOrBefore(LocalDate date) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM signatory s WHERE acknowledged_on <= :date
                            AND EXISTS (SELECT 1 FROM scan WHERE scan.signatory_id = s.id)
                        ORDER BY acknowledged_on, id
                        """).bind("date", date).map(new SignatoryMapper()).list());
    }
}
