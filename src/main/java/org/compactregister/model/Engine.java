package org.compactregister.model;

/**
 * The database engine a register is kept in: the embedded H2 file (one PC, the default) or a
 * PostgreSQL server that every PC in the office shares (docs/decisions/0014-shared-register-on-postgresql.md).
 */
public enum Engine {
    /** An H2 file on this PC: {@code .mv.db}, opened by one copy of the app at a time. */
    H2,
    /** A database on a PostgreSQL server (15 or later), opened by any number of PCs at once. */
    POSTGRESQL
}
