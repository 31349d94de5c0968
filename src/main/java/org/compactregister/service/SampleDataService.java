package org.compactregister.service;

import java.time.Clock;
import java.time.LocalDate;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.Plural;
import org.compactregister.persistence.SignatoryIds;
import org.compactregister.persistence.SignatoryRepository;

/** Fills an empty register with fictional signatories, so a new user can try everything out. */
public final class SampleDataService {

    public static final int DEFAULT_COUNT = 300;

    private final SignatoryRepository repository;
    private final SignatoryIds ids;
    private final AuditTrail audit;
    private final Clock clock;

    public SampleDataService(SignatoryRepository repository, SignatoryIds ids, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.ids = ids;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds {@code count} fictional signatories in one transaction.
     *
     * @throws RefusedException when the register already holds signatories: sample data never mixes with real entries
     */
    public int fillEmptyRegister(int count) {
        int existing = repository.count();
        if (existing > 0) {
            throw new RefusedException("Sample data can only go into an empty register, and this one already holds "
                    + Plural.of(existing, "signatory", "signatories") + ".");
        }
        var today = LocalDate.now(clock);
        return audit.record(() -> {
            long before = ids.highest();
            repository.addAll(new SampleSignatories(20081124L, today).forms(count), clock.instant());
            return ids.above(before);
        }, added -> new AuditDraft(AuditAction.SAMPLE_DATA, null, "Added " + Plural.of(added.size(),
                "fictional signatory", "fictional signatories"), AuditTrail.rows(added))).size();
    }
}
