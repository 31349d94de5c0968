package org.compactregister.persistence;

import java.util.List;
import org.compactregister.model.FieldChange;
import org.jdbi.v3.core.Handle;

/**
 * The changes of one bulk entry's audit entry (an import: one per signatory added), written as the
 * signatories go in, in the same transaction, numbered in the order they come. Made by
 * {@link AuditRepository#inTransactionRecordingRows}.
 */
public final class AuditedRows {

    private final Handle handle;
    private final long entryId;
    private final int firstPosition;
    private int position;

    AuditedRows(Handle handle, long entryId, int firstPosition) {
        this.handle = handle;
        this.entryId = entryId;
        this.firstPosition = firstPosition;
        this.position = firstPosition;
    }

    /** Writes {@code changes} (one batch statement), numbered after those written before. */
    public void add(List<FieldChange> changes) {
        AuditRepository.addChanges(handle, entryId, position, changes);
        position += changes.size();
    }

    /** How many changes this has written. */
    public int written() {
        return position - firstPosition;
    }
}
