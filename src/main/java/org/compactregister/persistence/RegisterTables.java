package org.compactregister.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The register's tables as the database describes them (JDBC metadata, so on either engine): every
 * table Flyway made except Flyway's own history, their columns, key and identity column, in an order
 * where each table comes after the tables its foreign keys point at. Names are lower case.
 */
record RegisterTables(List<Table> tables) {

    /** Flyway's own table: it belongs to each register's schema, and is never copied. */
    static final String SCHEMA_HISTORY = "flyway_schema_history";

    /** The kinds of column that need their own reading and writing. */
    enum Kind {
        /** A large binary value (a scan): streamed, never held whole in memory. */
        LARGE_BINARY,
        /** A small binary value (a thumbnail, a logo) held in a byte array. */
        BINARY,
        DATE,
        TIMESTAMP_WITH_ZONE,
        TIMESTAMP,
        OTHER
    }

    record Column(String name, Kind kind, String typeName) {

        /** A PostgreSQL BYTEA, which its driver reads whole with the row unless it is read in slices. */
        boolean isBytea() {
            return "bytea".equalsIgnoreCase(typeName);
        }
    }

    /**
     * One table: its columns in the database's order, its primary key columns (for a steady reading
     * order), and its identity column (or null), whose counter must follow the copied rows.
     */
    record Table(String name, List<Column> columns, List<String> primaryKey, String identity) {

        boolean hasBinary() {
            return columns.stream().anyMatch(c -> c.kind() == Kind.LARGE_BINARY || c.kind() == Kind.BINARY);
        }

        boolean hasLargeBinary() {
            return columns.stream().anyMatch(c -> c.kind() == Kind.LARGE_BINARY);
        }

        /**
         * The key column by which this table's BYTEA values are read in slices ({@link ByteaSlices}), or
         * null when it has none or no one-column key.
         */
        String sliceKey() {
            boolean bytea = columns.stream().anyMatch(Column::isBytea);
            return bytea && primaryKey.size() == 1 ? primaryKey.get(0) : null;
        }

        Set<String> columnNames() {
            Set<String> names = new LinkedHashSet<>();
            columns.forEach(c -> names.add(c.name()));
            return names;
        }
    }

    /** Reads the tables of the register {@code connection} is connected to. */
    static RegisterTables of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(SCHEMA_HISTORY)) {
                    names.add(name);
                }
            }
        }
        Map<String, Table> byName = new LinkedHashMap<>();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        for (String name : names) {
            byName.put(lower(name), table(meta, schema, name));
            Set<String> pointsAt = new LinkedHashSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, schema, name)) {
                while (keys.next()) {
                    String other = lower(keys.getString("PKTABLE_NAME"));
                    if (!other.equals(lower(name))) {
                        pointsAt.add(other);
                    }
                }
            }
            references.put(lower(name), pointsAt);
        }
        return new RegisterTables(inForeignKeyOrder(byName, references));
    }

    private static Table table(DatabaseMetaData meta, String schema, String name) throws SQLException {
        List<Column> columns = new ArrayList<>();
        String identity = null;
        try (ResultSet rs = meta.getColumns(null, schema, name, "%")) {
            while (rs.next()) {
                String column = lower(rs.getString("COLUMN_NAME"));
                String typeName = rs.getString("TYPE_NAME");
                columns.add(new Column(column, kind(rs.getInt("DATA_TYPE"), typeName), typeName));
                if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                    identity = column;
                }
            }
        }
        List<String> key = new ArrayList<>();
        Map<Integer, String> keyBySequence = new java.util.TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, name)) {
            while (rs.next()) {
                keyBySequence.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
            }
        }
        key.addAll(keyBySequence.values());
        return new Table(lower(name), List.copyOf(columns), List.copyOf(key), identity);
    }

    private static Kind kind(int jdbcType, String typeName) {
        return switch (jdbcType) {
            case Types.BLOB -> Kind.LARGE_BINARY;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY ->
                    // PostgreSQL's bytea: the scans' column there is bytea too, so it is treated as large
                    "bytea".equalsIgnoreCase(typeName) ? Kind.LARGE_BINARY : Kind.BINARY;
            case Types.DATE -> Kind.DATE;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_WITH_ZONE;
            case Types.TIMESTAMP -> "timestamptz".equalsIgnoreCase(typeName) ? Kind.TIMESTAMP_WITH_ZONE : Kind.TIMESTAMP;
            default -> "oid".equalsIgnoreCase(typeName) ? Kind.LARGE_BINARY : Kind.OTHER;
        };
    }

    /** Tables that nothing unplaced points at come first; a cycle (none in the register) is an error. */
    private static List<Table> inForeignKeyOrder(Map<String, Table> byName, Map<String, Set<String>> references) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byName.size()) {
            boolean progress = false;
            for (Map.Entry<String, Table> entry : byName.entrySet()) {
                if (!placed.contains(entry.getKey()) && references.get(entry.getKey()).stream()
                        .allMatch(other -> placed.contains(other) || !byName.containsKey(other))) {
                    placed.add(entry.getKey());
                    ordered.add(entry.getValue());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("The register's tables point at each other in a circle: " + byName.keySet());
            }
        }
        return List.copyOf(ordered);
    }

    /**
     * Why the two registers cannot be copied one into the other (their tables or columns differ,
     * as when one was last used by another version of the app), or null when they match.
     */
    String differenceFrom(RegisterTables other) {
        Map<String, Table> theirs = new LinkedHashMap<>();
        other.tables().forEach(t -> theirs.put(t.name(), t));
        for (Table table : tables) {
            Table match = theirs.remove(table.name());
            if (match == null) {
                return "the table " + table.name() + " is missing from one of them";
            }
            if (!match.columnNames().equals(table.columnNames())) {
                return "the table " + table.name() + " has other columns (" + table.columnNames() + " and "
                        + match.columnNames() + ")";
            }
        }
        return theirs.isEmpty() ? null : "the table " + theirs.keySet().iterator().next() + " is missing from one of them";
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
