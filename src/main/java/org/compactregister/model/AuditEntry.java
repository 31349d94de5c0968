package org.compactregister.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One recorded change: when, by whom, what kind, which signatory ({@code signatoryId} null for a
 * change to the whole register, such as a setting), a one-line summary that holds no personal data,
 * and the fields it changed. {@code id} is 0 until stored.
 */
public record AuditEntry(long id, Instant recordedAt, StaffMember staff, AuditAction action, Long signatoryId,
                         String summary, List<FieldChange> changes) {

    public AuditEntry {
        changes = List.copyOf(changes);
    }

    public Optional<String> reference() {
        return Optional.ofNullable(signatoryId).map(Signatory::referenceOf);
    }
}
