package org.compactregister.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.RegisterPage;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.RegisteredName;
import org.compactregister.model.Signatory;
import org.compactregister.model.Status;
import org.compactregister.model.Withdrawal;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps signatories in the database. Every write names the signatories it changed to the search
 * held in memory ({@link SearchIndex}), which reads them again before its next answer.
 */
public final class SignatoryRepository {

    private final Jdbi jdbi;
    private final SearchIndex search;

    public SignatoryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.search = SearchIndex.of(jdbi);
    }

    /** Adds a new signatory with status {@link Status#RECEIVED}; returns it as stored. */
    public Signatory add(CommitmentForm form, Instant now) {
        Signatory added = jdbi.inTransaction(handle -> {
            long id = insert(handle, form, now);
            return handle.attach(SignatoryDao.class).findById(id).orElseThrow();
        });
        search.changed(List.of(added.id()));
        return added;
    }

    /** Adds many signatories in one transaction: all of them, or (on any failure) none. */
    public int addAll(Collection<CommitmentForm> forms, Instant now) {
        return addAll(forms, now, entered -> { });
    }

    /**
     * Adds many signatories in one transaction: all of them, or none. After each one goes in,
     * {@code entered} is told how many are in so far (1, 2, ... up to the number of forms); an
     * exception it throws (such as a cancel) undoes them all and is passed on. The rows go in JDBC
     * batches of {@link SignatoryBatch#SIZE}, so {@code entered} hears of a batch at once.
     */
    public int addAll(Collection<CommitmentForm> forms, Instant now, IntConsumer entered) {
        return enterInOneTransaction(now, batch -> {
            batch.whenEntered(entered);
            forms.forEach(batch::add);
            return forms.size();
        });
    }

    /**
     * Runs {@code work} in one transaction with a batch to add signatories to: everything it adds
     * is committed together when it returns, and an exception it throws undoes them all and is
     * passed on. For imports that check rows as they read them, without holding them all.
     */
    public <R> R enterInOneTransaction(Instant now, Function<SignatoryBatch, R> work) {
        try {
            return jdbi.inTransaction(handle -> {
                SignatoryBatch batch = new SignatoryBatch(handle.attach(SignatoryDao.class), now);
                R done = work.apply(batch);
                batch.flush();
                return done;
            });
        } finally {
            search.changedAll();
        }
    }

    /**
     * Runs {@code work}, which enters about {@code rows} new signatories (and their audit changes)
     * in one transaction of its own, with the indexes those tables' rows go into set aside and built
     * again after it, where that is quicker ({@link BulkEntryIndexes}: an H2 register the rows at
     * least double). Its result or exception is passed on either way.
     */
    public <R> R enterMany(int rows, java.util.function.Supplier<R> work) {
        return enterMany(rows, work, (built, total) -> { });
    }

    /**
     * As {@link #enterMany(int, java.util.function.Supplier)}; when indexes were set aside,
     * {@code building} hears before each is built again how many are built of how many (for a
     * progress bar: building them takes seconds at 100,000 rows).
     */
    public <R> R enterMany(int rows, java.util.function.Supplier<R> work,
                           java.util.function.BiConsumer<Integer, Integer> building) {
        return jdbi.withHandle(handle -> isH2(handle) && !handle.isInTransaction()
                ? BulkEntryIndexes.setAsideDuring(handle.getConnection(), rows, work, building)
                : work.get());
    }

    private static boolean isH2(Handle handle) {
        try {
            return "H2".equals(handle.getConnection().getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException unknown) {
            return false;
        }
    }

    /** Inserts one signatory on a handle whose transaction the caller holds. */
    private static long insert(Handle handle, CommitmentForm form, Instant now) {
        SignatoryDao dao = handle.attach(SignatoryDao.class);
        return dao.insert(SignatoryRow.of(0, 0, form, Status.RECEIVED, null, null, now));
    }

    /** The organisation, postcode and signatory of everyone in the register, for checking a whole file. */
    public List<RegisteredName> registeredNames() {
        return jdbi.withExtension(SignatoryDao.class, SignatoryDao::registeredNames);
    }

    /**
     * Saves a changed signatory if it is still at {@code expectedVersion}. Returns the stored
     * signatory, or empty when it was changed (or deleted) by someone else in the meantime.
     */
    public Optional<Signatory> save(long id, int expectedVersion, CommitmentForm form, Status status,
                                    LocalDate acknowledgedOn, Withdrawal withdrawal, Instant now) {
        Optional<Signatory> saved = jdbi.inTransaction(handle -> {
            SignatoryDao dao = handle.attach(SignatoryDao.class);
            int changed = dao.update(SignatoryRow.of(id, expectedVersion, form, status, acknowledgedOn, withdrawal, now));
            if (changed == 0) {
                handle.rollback();
                return Optional.<Signatory>empty();
            }
            return dao.findById(id);
        });
        search.changed(List.of(id));
        return saved;
    }

    public Optional<Signatory> find(long id) {
        return jdbi.withExtension(SignatoryDao.class, dao -> dao.findById(id));
    }

    public Optional<Integer> versionOf(long id) {
        return jdbi.withExtension(SignatoryDao.class, dao -> dao.versionOf(id));
    }

    /** Deletes the signatory (its scans and letters go with it); false if it was not there. */
    public boolean delete(long id) {
        boolean deleted = jdbi.inTransaction(handle -> handle.attach(SignatoryDao.class).delete(id) > 0);
        search.changed(List.of(id));
        return deleted;
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
        int changed = jdbi.inTransaction(handle -> handle.attach(SignatoryDao.class).markAcknowledged(ids, date));
        search.changed(ids);
        return changed;
    }

    /** The page of signatories {@code query} asks for (see {@link RegisterSearch}). */
    public RegisterPage search(RegisterQuery query) {
        return RegisterSearch.run(jdbi, search, query);
    }

    /**
     * Reads the register into the search index now, if it is not yet, so that the first keystroke
     * does not wait for it (the window calls this in the background once it shows the register).
     */
    public void prepareSearch() {
        search.prepare();
    }

    /** The audit trail of the same register, for a service built on this repository alone. */
    public AuditRepository audits() {
        return new AuditRepository(jdbi);
    }

    /**
     * The whole register was replaced under this program by {@code staff} at {@code at} (a restore
     * onto a shared register): the search is read again from the table before its next answer, and
     * on a server the other PCs are told ({@code pg_notify}), so that theirs are too.
     */
    public void everythingChanged(String staff, java.time.Instant at) {
        search.changedAll();
        jdbi.useHandle(handle -> {
            String engine;
            try {
                engine = handle.getConnection().getMetaData().getDatabaseProductName();
            } catch (java.sql.SQLException e) {
                throw new org.jdbi.v3.core.ConnectionException(e);
            }
            if ("PostgreSQL".equals(engine)) {
                ChangeNotice notice = new ChangeNotice(ChangeNotice.originOf(jdbi),
                        org.compactregister.model.AuditAction.RESTORED, null, 0, staff, at);
                handle.createQuery("SELECT pg_notify(:channel, :payload)").bind("channel", ChangeNotice.CHANNEL)
                        .bind("payload", notice.toJson()).mapTo(String.class).findOne();
            }
        });
    }
}
