package org.compactregister.model;

import java.util.List;

/**
 * An audit entry as a change describes itself, before the trail adds who and when. The summary
 * names records by reference and organisation only: personal values go in {@code changes}.
 */
public record AuditDraft(AuditAction action, Long signatoryId, String summary, List<FieldChange> changes) {

    public AuditDraft {
        changes = List.copyOf(changes);
    }

    public static AuditDraft of(AuditAction action, Long signatoryId, String summary) {
        return new AuditDraft(action, signatoryId, summary, List.of());
    }
}
