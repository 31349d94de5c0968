package org.compactregister.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compactregister.persistence.RegisterCopy.Check;
import org.compactregister.persistence.RegisterCopy.CopyRefusedException;

/**
 * The check a {@link RegisterCopy} makes of itself before it commits ({@link Check}): every table's
 * row count on the target equals the source's, and every large binary value (scans) read back from
 * the target has the same SHA-256 as the source's, compared as streams, one row at a time.
 */
final class CopyCheck {

    private CopyCheck() {
    }

    /** The rows in each of {@code tables} on {@code connection}, by table name, in the tables' order. */
    static Map<String, Long> counts(Connection connection, RegisterTables tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (RegisterTables.Table table : tables.tables()) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                    rs.next();
                    counts.put(table.name(), rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * Counts every table on the target (inside the copy's transaction) and compares scans byte for byte.
     * {@code sourceRows} are the source's {@link #counts} of {@code tables}; {@code source} is read as
     * it is (in the copy's read-only transaction).
     *
     * @throws CopyRefusedException when a table's rows or a scan's bytes differ; the message says which
     * @throws RegisterCopy.CopyStoppedException when {@code progress} was asked to stop
     */
    static Check check(Connection source, RegisterTables tables, Map<String, Long> sourceRows, Connection to,
                       CopyProgress progress) throws SQLException {
        progress.checking();
        Map<String, Long> targetRows = counts(to, tables);
        for (Map.Entry<String, Long> entry : sourceRows.entrySet()) {
            if (!entry.getValue().equals(targetRows.get(entry.getKey()))) {
                throw new CopyRefusedException("The check after copying found " + targetRows.get(entry.getKey())
                        + " rows in " + entry.getKey() + " where the register copied from has " + entry.getValue()
                        + ". Nothing was kept; the register copied from is unchanged.");
            }
        }
        long compared = 0;
        Map<String, RegisterTables.Table> theirs = new LinkedHashMap<>();
        RegisterTables.of(to).tables().forEach(t -> theirs.put(t.name(), t));
        for (RegisterTables.Table table : tables.tables()) {
            RegisterTables.Table there = theirs.get(table.name());
            Set<String> large = largeOnBothSides(table, there);
            if (!large.isEmpty() && !table.primaryKey().isEmpty()) {
                Map<String, String> before = digests(source, table, large);
                Map<String, String> after = digests(to, there, large);
                if (!before.equals(after)) {
                    throw new CopyRefusedException("The check after copying found a scan whose bytes differ from "
                            + "the register copied from (" + table.name() + "). Nothing was kept; the register "
                            + "copied from is unchanged.");
                }
                if (table.name().equals("scan")) {
                    compared += before.size() / large.size();
                }
                progress.stopIfAsked();
            }
        }
        return new Check(targetRows, compared);
    }

    /** The columns that hold large binary values (scans) in both registers' tables. */
    private static Set<String> largeOnBothSides(RegisterTables.Table one, RegisterTables.Table other) {
        Set<String> large = new java.util.LinkedHashSet<>();
        for (RegisterTables.Column column : one.columns()) {
            if (column.kind() == RegisterTables.Kind.LARGE_BINARY && other.columns().stream()
                    .anyMatch(c -> c.name().equals(column.name()) && c.kind() == RegisterTables.Kind.LARGE_BINARY)) {
                large.add(column.name());
            }
        }
        return large;
    }

    /** The SHA-256 of every large binary value of {@code table}, by the row's key, read as a stream. */
    private static Map<String, String> digests(Connection connection, RegisterTables.Table here, Set<String> compared)
            throws SQLException {
        List<RegisterTables.Column> large = here.columns().stream().filter(c -> compared.contains(c.name())).toList();
        String sliceKey = here.sliceKey();
        String key = String.join(", ", here.primaryKey());
        String select = "SELECT " + key + ", " + String.join(", ", large.stream().map(c -> sliceKey != null && c.isBytea()
                ? "octet_length(" + c.name() + ")" : c.name()).toList()) + " FROM " + here.name() + " ORDER BY " + key;
        Map<String, String> digests = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1);
            try (ResultSet rows = statement.executeQuery(select)) {
                while (rows.next()) {
                    StringBuilder id = new StringBuilder();
                    for (int i = 1; i <= here.primaryKey().size(); i++) {
                        id.append(rows.getString(i)).append('/');
                    }
                    for (int i = 0; i < large.size(); i++) {
                        int index = here.primaryKey().size() + i + 1;
                        RegisterTables.Column column = large.get(i);
                        InputStream in;
                        if (sliceKey != null && column.isBytea()) {
                            long length = rows.getLong(index);
                            in = rows.wasNull() ? null : ByteaSlices.of(connection, here.name(), column.name(), sliceKey,
                                    rows.getObject(1), length);
                        } else {
                            in = ColumnValues.stream(column, rows, index);
                        }
                        digests.put(id + column.name(), sha256(in));
                    }
                }
            }
        }
        return digests;
    }

    private static String sha256(InputStream in) {
        if (in == null) {
            return "null";
        }
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
