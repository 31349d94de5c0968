package org.compactregister.service;

import java.util.Optional;
import org.compactregister.persistence.SettingsRepository;

/**
 * The office's settings, kept in the register database (so a backup keeps them too). Each feature
 * names its own keys, such as {@code scan.inbox.folder} or {@code backup.keep}.
 */
public final class Settings {

    private final SettingsRepository repository;

    public Settings(SettingsRepository repository) {
        this.repository = repository;
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

    /** Stores {@code value} under {@code name}; a null value removes the setting. */
    public void put(String name, String value) {
        if (value == null) {
            remove(name);
        } else {
            repository.put(name, value);
        }
    }

    public void remove(String name) {
        repository.remove(name);
    }
}
