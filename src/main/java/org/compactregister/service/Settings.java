package org.compactregister.service;

import java.util.Optional;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.FieldChange;
import org.compactregister.persistence.SettingsRepository;

/**
 * The office's settings, kept in the register database (so a backup keeps them too). Each feature
 * names its own keys, such as {@code scan.inbox.folder} or {@code backup.keep}.
 */
public final class Settings {

    private final SettingsRepository repository;
    private final AuditTrail audit;

    public Settings(SettingsRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public Optional<String> get(String name) {
        return repository.find(name);
    }

    public String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    /** The whole number stored under {@code name}, or {@code fallback} when there is none or it is not a number. */
    public long getLong(String name, long fallback) {
        try {
            return get(name).map(String::strip).map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Stores {@code value} under {@code name}; a null value removes the setting. Recorded in the audit trail when it changes. */
    public void put(String name, String value) {
        if (value == null) {
            remove(name);
            return;
        }
        audit.record(() -> {
            Optional<String> before = repository.find(name);
            repository.put(name, value);
            return before;
        }, before -> changed(name, before.orElse(null), value));
    }

    /** Removes the setting (recorded in the audit trail when there was one). */
    public void remove(String name) {
        audit.record(() -> {
            Optional<String> before = repository.find(name);
            repository.remove(name);
            return before;
        }, before -> before.map(old -> changed(name, old, null)).orElse(null));
    }

    private static AuditDraft changed(String name, String before, String after) {
        if (java.util.Objects.equals(before, after)) {
            return null;
        }
        return new AuditDraft(AuditAction.SETTING_CHANGED, null, "Setting " + name + " changed",
                java.util.List.of(new FieldChange(name, before, after, false)));
    }
}
