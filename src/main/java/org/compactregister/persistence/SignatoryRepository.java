package org.compactregister.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.RegisterPage;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.SearchWords;
import org.compactregister.model.Signatory;
import org.compactregister.model.Status;
import org.compactregister.model.Withdrawal;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps signatories in the database. Every write runs in one transaction with the signatory's
 * search words, so the register and its search never disagree.
 */
public final class SignatoryRepository {

    private final Jdbi jdbi;

    public SignatoryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Adds a new signatory with status {@link Status#RECEIVED}; returns it as stored. */
    public Signatory add(CommitmentForm form, Instant now) {
        return jdbi.inTransaction(handle -> {
            long id = insert(handle, form, now);
            return handle.attach(SignatoryDao.class).findById(id).orElseThrow();
        });
    }

    /** Adds many signatories in one transaction: all of them, or (on any failure) none. */
    public int addAll(Collection<CommitmentForm> forms, Instant now) {
        return addAll(forms, now, entered -> { });
    }

    /**
     * Adds many signatories in one transaction: all of them, or none. After each one goes in,
     * {@code entered} is told how many are in so far (1, 2, ... up to the number of forms); an
     * exception it throws (such as a cancel) undoes them all and is passed on.
     */
    public int addAll(Collection<CommitmentForm> forms, Instant now, IntConsumer entered) {
        return jdbi.inTransaction(handle -> {
            int done = 0;
            for (CommitmentForm form : forms) {
                insert(handle, form, now);
                entered.accept(++done);
            }
            return done;
        });
    }

    /** Inserts one signatory and its search words on a handle whose transaction the caller holds. */
    private static long insert(Handle handle, CommitmentForm form, Instant now) {
        SignatoryDao dao = handle.attach(SignatoryDao.class);
        long id = dao.insert(SignatoryRow.of(0, 0, form, Status.RECEIVED, null, null, now));
        dao.insertSearchWords(id, SearchWords.of(form));
        return id;
    }

    /**
     * Saves a changed signatory if it is still at {@code expectedVersion}. Returns the stored
     * signatory, or empty when it was changed (or deleted) by someone else in the meantime.
     */
    public Optional<Signatory> save(long id, int expectedVersion, CommitmentForm form, Status status,
                                    LocalDate acknowledgedOn, Withdrawal withdrawal, Instant now) {
        return jdbi.inTransaction(handle -> {
            SignatoryDao dao = handle.attach(SignatoryDao.class);
            int changed = dao.update(SignatoryRow.of(id, expectedVersion, form, status, acknowledgedOn, withdrawal, now));
            if (changed == 0) {
                handle.rollback();
                return Optional.<Signatory>empty();
            }
            dao.deleteSearchWords(id);
            dao.insertSearchWords(id, SearchWords.of(form));
            return dao.findById(id);
        });
    }

    public Optional<Signatory> find(long id) {
        return jdbi.withExtension(SignatoryDao.class, dao -> dao.findById(id));
    }

    public Optional<Integer> versionOf(long id) {
        return jdbi.withExtension(SignatoryDao.class, dao -> dao.versionOf(id));
    }

    /** Deletes the signatory and its search words; false if it was not there. */
    public boolean delete(long id) {
        return jdbi.inTransaction(handle -> handle.attach(SignatoryDao.class).delete(id) > 0);
    }

    public int count() {
        return jdbi.withExtension(SignatoryDao.class, SignatoryDao::count);
    }

    public List<Signatory> findSharingNameOrPostcode(String organisationKey, String postcode, long excludeId) {
        return jdbi.withExtension(SignatoryDao.class,
                dao -> dao.findSharingNameOrPostcode(organisationKey, postcode, excludeId));
    }

    public int markAcknowledged(Collection<Long> ids, LocalDate date) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(handle -> handle.attach(SignatoryDao.class).markAcknowledged(ids, date));
    }

    public RegisterPage search(RegisterQuery query) {
        return jdbi.withHandle(handle -> RegisterSearch.run(handle, query));
    }

    /** The audit trail of the same register, for a service built on this repository alone. */
    public AuditRepository audits() {
        return new AuditRepository(jdbi);
    }
}
