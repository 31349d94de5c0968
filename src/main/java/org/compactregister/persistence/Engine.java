package org.compactregister.persistence;

/**
 * The database engine a register is kept in: the embedded H2 file (one PC, the default) or a
 * PostgreSQL server that every PC in the office shares (docs/decisions/0014-shared-register-on-postgresql.md).
 */
public enum Engine {
    /** An H2 file on this PC: {@code .mv.db}, opened by one copy of the app at a time. */
    H2("h2"),
    /** A database on a PostgreSQL server (15 or later), opened by any number of PCs at once. */
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Engine(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /**
     * The Flyway locations of this engine's schema: the scripts both engines share
     * ({@code db/migration/common}) and this engine's own ({@code db/migration/h2} or
     * {@code db/migration/postgresql}, only where the SQL differs).
     */
    public String[] migrationLocations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + migrationFolder};
    }
}
