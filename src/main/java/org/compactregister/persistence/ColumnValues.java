package org.compactregister.persistence;

import java.io.InputStream;
import java.sql.Blob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Reads one column's value from a row of one engine and sets it on a statement of either engine,
 * as a value both drivers agree on: dates as {@link LocalDate}, times with their offset as
 * {@link OffsetDateTime}, large binary values (scans) as a stream with its length, never as one
 * array in memory.
 */
final class ColumnValues {

    private ColumnValues() {
    }

    static void copy(RegisterTables.Column column, ResultSet from, PreparedStatement to, int index)
            throws SQLException {
        switch (column.kind()) {
            case LARGE_BINARY -> copyLarge(column, from, to, index);
            case BINARY -> {
                byte[] bytes = from.getBytes(index);
                if (bytes == null) {
                    to.setNull(index, Types.VARBINARY);
                } else {
                    to.setBytes(index, bytes);
                }
            }
            case DATE -> to.setObject(index, from.getObject(index, LocalDate.class));
            case TIMESTAMP_WITH_ZONE -> to.setObject(index, from.getObject(index, OffsetDateTime.class));
            case TIMESTAMP -> to.setObject(index, from.getObject(index, LocalDateTime.class));
            case OTHER -> to.setObject(index, from.getObject(index));
        }
    }

    private static void copyLarge(RegisterTables.Column column, ResultSet from, PreparedStatement to, int index)
            throws SQLException {
        if (column.typeName().equalsIgnoreCase("bytea")) {
            // a BYTEA of a table without a one-column key: the driver hands it over whole with its row
            byte[] bytes = from.getBytes(index);
            if (bytes == null) {
                to.setNull(index, Types.BINARY);
            } else {
                to.setBinaryStream(index, new java.io.ByteArrayInputStream(bytes), bytes.length);
            }
            return;
        }
        Blob blob = from.getBlob(index);
        if (blob == null) {
            to.setNull(index, Types.BLOB);
            return;
        }
        long length = blob.length();
        InputStream in = blob.getBinaryStream();
        to.setBinaryStream(index, in, length);
    }

    /** The large binary value at {@code index} as a stream (null for SQL NULL). */
    static InputStream stream(RegisterTables.Column column, ResultSet rows, int index) throws SQLException {
        if (column.typeName().equalsIgnoreCase("bytea")) {
            return rows.getBinaryStream(index);
        }
        Blob blob = rows.getBlob(index);
        return blob == null ? null : blob.getBinaryStream();
    }
}
