package org.compactregister.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether a register's schema is already at the newest migration this build carries, so that
 * opening it can skip Flyway: loading Flyway and resolving the migrations took as long as opening a
 * 100,000-signatory file itself, on every start, to find nothing to do.
 */
final class SchemaVersion {

    /**
     * The highest {@code V<n>__} in {@code src/main/resources/db/migration}; the migrations are
     * numbered 1 to this with none missing ({@code SchemaVersionTest} keeps both true).
     */
    static final int NEWEST = 11;

    private SchemaVersion() {
    }

    /**
     * True when Flyway's history in the register holds exactly the migrations 1 to {@link #NEWEST},
     * each applied successfully; false for a new file, a file of an older or newer version, or one
     * whose last migration failed (Flyway then opens it as before, and reports what it finds).
     */
    static boolean isCurrent(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     SELECT COUNT(*), MAX(CAST("version" AS INT)), COUNT(DISTINCT "version"),
                            SUM(CASE WHEN "success" THEN 0 ELSE 1 END)
                     FROM "flyway_schema_history" WHERE "version" IS NOT NULL
                     """)) {
            rs.next();
            return rs.getInt(1) == NEWEST && rs.getInt(2) == NEWEST && rs.getInt(3) == NEWEST && rs.getInt(4) == 0;
        } catch (SQLException | RuntimeException noHistoryOrAnOddOne) {
            return false;
        }
    }
}
