package org.compactregister.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which audit entries to show: each part empty (or null) means "any". {@code staff} matches the
 * start of the staff member's name, case aside; {@code from} and {@code to} are whole days, both
 * included, in the office's time zone.
 */
public record AuditFilter(String staff, LocalDate from, LocalDate to, AuditAction action, Long signatoryId) {

    public AuditFilter {
        staff = Text.clean(staff);
    }

    public static AuditFilter everything() {
        return new AuditFilter("", null, null, null, null);
    }

    public AuditFilter since(LocalDate date) {
        return new AuditFilter(staff, date, to, action, signatoryId);
    }

    public AuditFilter forSignatory(Long id) {
        return new AuditFilter(staff, from, to, action, id);
    }

    public Optional<AuditAction> actionIfAny() {
        return Optional.ofNullable(action);
    }
}
