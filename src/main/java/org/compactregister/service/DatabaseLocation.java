package org.compactregister.service;

import java.nio.file.Path;

/**
 * Where the register lives when no {@code --db} is given: the {@code compact.register.db} system
 * property, else the {@code COMPACT_REGISTER_DB} environment variable, else
 * {@code ~/.compact-register/register.mv.db}.
 */
public final class DatabaseLocation {

    private DatabaseLocation() {
    }

    public static Path defaultFile() {
        String property = System.getProperty("compact.register.db");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("COMPACT_REGISTER_DB");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".compact-register", "register.mv.db");
    }
}
