package org.compactregister.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** The SQL that differs between the two engines a register can live on, where a copy needs it. */
enum Engine {
    H2,
    POSTGRESQL;

    /** The engine {@code connection} is connected to. */
    static Engine of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }

    /** The statement that makes the identity column's next value {@code next}. */
    String restartIdentity(String table, String column, long next) {
        return switch (this) {
            case H2 -> "ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next;
            case POSTGRESQL -> "SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), "
                    + next + ", false)";
        };
    }
}
