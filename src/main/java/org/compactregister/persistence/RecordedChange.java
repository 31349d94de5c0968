package org.compactregister.persistence;

import org.compactregister.model.AuditEntry;

/**
 * A change as its transaction committed it: its audit entry, and the version the signatory it is
 * about had then ({@code 0} when the entry names no signatory or the signatory is gone).
 */
public record RecordedChange(AuditEntry entry, int version) {
}
