package org.compactregister.persistence;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Keeps the office's settings in the register database: one text value under each name. */
public final class SettingsRepository {

    private final Jdbi jdbi;

    public SettingsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The value stored under {@code name}; empty when there is none. */
    public Optional<String> find(String name) {
        return jdbi.withExtension(SettingDao.class, dao -> dao.find(name));
    }

    /** Stores {@code value} (not null) under {@code name}, replacing any value there. */
    public void put(String name, String value) {
        jdbi.useExtension(SettingDao.class, dao -> dao.put(name, value));
    }

    /** Removes the value under {@code name}; nothing happens when there is none. */
    public void remove(String name) {
        jdbi.useExtension(SettingDao.class, dao -> dao.remove(name));
    }
}
