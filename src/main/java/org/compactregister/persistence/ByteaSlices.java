package org.compactregister.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A PostgreSQL BYTEA value read as a stream, {@link ScanRepository#SLICE_BYTES} at a time with SQL's
 * {@code substring} (the driver would otherwise read the whole value into memory with its row), on
 * the caller's connection and so in its transaction's snapshot. The row is named by its one-column key.
 */
final class ByteaSlices extends InputStream {

    private final PreparedStatement slice;
    private final long length;
    private long read;
    private byte[] buffer = new byte[0];
    private int at;

    private ByteaSlices(PreparedStatement slice, long length) {
        this.slice = slice;
        this.length = length;
    }

    /**
     * The value of {@code column} in the row of {@code table} whose {@code key} is {@code id}, of
     * {@code length} bytes (its {@code octet_length}).
     */
    static ByteaSlices of(Connection connection, String table, String column, String key, Object id, long length)
            throws SQLException {
        PreparedStatement slice = connection.prepareStatement("SELECT substring(" + column + " FROM ? FOR ?) FROM "
                + table + " WHERE " + key + " = ?");
        slice.setObject(3, id);
        return new ByteaSlices(slice, length);
    }

    /** The byte length of {@code column} in the row whose {@code key} is {@code id}; -1 when it is NULL. */
    static long lengthOf(Connection connection, String table, String column, String key, Object id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT octet_length(" + column + ") FROM "
                + table + " WHERE " + key + " = ?")) {
            statement.setObject(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return -1;
                }
                long length = rs.getLong(1);
                return rs.wasNull() ? -1 : length;
            }
        }
    }

    long length() {
        return length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (at == buffer.length) {
            if (read >= length) {
                return -1;
            }
            try {
                slice.setInt(1, Math.toIntExact(read + 1));
                slice.setInt(2, ScanRepository.SLICE_BYTES);
                try (ResultSet rs = slice.executeQuery()) {
                    rs.next();
                    buffer = rs.getBytes(1);
                }
            } catch (SQLException e) {
                throw new IOException(DatabaseProblems.reason(e), e);
            }
            at = 0;
            read += buffer.length;
            if (buffer.length == 0) {
                return -1;
            }
        }
        int n = Math.min(len, buffer.length - at);
        System.arraycopy(buffer, at, b, off, n);
        at += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            slice.close();
        } catch (SQLException e) {
            throw new IOException(DatabaseProblems.reason(e), e);
        }
    }
}
