package org.compactregister.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.Status;

/**
 * New signatories going into the register in JDBC batches, inside a transaction held by
 * {@link SignatoryRepository#enterInOneTransaction}: each batch of rows is one statement sent once.
 */
public final class SignatoryBatch {

    /** Rows sent to the database at a time. */
    public static final int SIZE = 1000;

    /** Hears each batch once its rows are in, in the transaction that holds them. */
    @FunctionalInterface
    public interface Sent {
        /**
         * {@code ids[i]} is the id the register gave {@code forms.get(i)}; both hold the batch's rows in
         * the order they were added (at most {@link #SIZE}). An exception thrown here undoes them all.
         */
        void sent(long[] ids, List<CommitmentForm> forms);
    }

    private final SignatoryDao dao;
    private final Instant now;
    private final List<SignatoryRow> rows = new ArrayList<>(SIZE);
    private final List<CommitmentForm> forms = new ArrayList<>(SIZE);
    private IntConsumer entered = done -> { };
    private Sent sent = (ids, sentForms) -> { };
    private int done;

    SignatoryBatch(SignatoryDao dao, Instant now) {
        this.dao = dao;
        this.now = now;
    }

    /** Adds a checked form with status received; it is sent with the next full batch (or at the end). */
    public void add(CommitmentForm form) {
        rows.add(SignatoryRow.of(0, 0, form, Status.RECEIVED, null, null, now));
        forms.add(form);
        if (rows.size() == SIZE) {
            flush();
        }
    }

    /** {@code listener} hears the running count after each signatory is in (a cancel it throws undoes all). */
    public void whenEntered(IntConsumer listener) {
        this.entered = listener;
    }

    /** {@code listener} hears each batch's ids and forms once they are in (for the audit trail's changes). */
    public void whenSent(Sent listener) {
        this.sent = listener;
    }

    /** How many signatories this batch has sent so far. */
    public int entered() {
        return done;
    }

    void flush() {
        if (rows.isEmpty()) {
            return;
        }
        long[] ids = dao.insertAll(rows);
        if (ids.length != rows.size()) {
            // the audit trail names each signatory by these ids: without one each, undo the lot
            throw new IllegalStateException("The database gave " + ids.length + " ids for " + rows.size()
                    + " new signatories");
        }
        sent.sent(ids, List.copyOf(forms));
        rows.clear();
        forms.clear();
        for (int i = 0; i < ids.length; i++) {
            entered.accept(++done);
        }
    }
}
