package org.compactregister.persistence;

import java.nio.file.Path;
import java.util.Arrays;
import javax.sql.DataSource;
import org.compactregister.model.Engine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings a register's schema up to date with Flyway on opening, on either engine, from the
 * migrations of {@link RegisterDatabase#migrationLocations(Engine)}; a register whose schema a newer
 * version of Compact Register made is refused and left as it is. {@link SchemaVersion} tells first
 * whether an H2 file needs this at all.
 */
final class SchemaMigration {

    private SchemaMigration() {
    }

    /**
     * Brings the schema up to date. {@code dbFile} is null on a server; {@code named} starts a
     * sentence ("The register file …", "the shared register … on …").
     *
     * @throws RegisterUnavailableException when a newer version of Compact Register made the schema;
     *         the message says so in words
     * @throws org.compactregister.model.RegisterProblem for a file, when Flyway failed: as
     *         {@link DatabaseProblems#explain} words it
     * @throws FlywayException on a server, when Flyway failed (the caller words it)
     */
    static void migrate(Path dbFile, String named, Engine engine, DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(RegisterDatabase.migrationLocations(engine))
                .failOnMissingLocations(true)
                .load();
        MigrationInfo[] future = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            throw new RegisterUnavailableException(dbFile, capitalised(named)
                    + " was last used by a newer version of Compact Register (its schema is at version "
                    + future[future.length - 1].getVersion() + "). Open it with that version, or use a backup.",
                    null);
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            if (dbFile == null) {
                throw e;
            }
            throw DatabaseProblems.explain(dbFile, e);
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
