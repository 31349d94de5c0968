package org.compactregister.service;

import java.util.Optional;
import org.compactregister.persistence.SettingDao;
import org.jdbi.v3.core.Jdbi;

/**
 * The office's settings, kept in the register database (so a backup keeps them too). Each feature
 * names its own keys, such as {@code scan.inbox.folder} or {@code backup.keep}.
 */
public final class Settings {

    private final Jdbi jdbi;

    public Settings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<String> get(String name) {
        return jdbi.withExtension(SettingDao.class, dao -> dao.find(name));
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

    public void put(String name, String value) {
        if (value == null) {
            remove(name);
        } else {
            jdbi.useExtension(SettingDao.class, dao -> dao.put(name, value));
        }
    }

    public void remove(String name) {
        jdbi.useExtension(SettingDao.class, dao -> dao.remove(name));
    }
}
