package org.compactregister.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How much of the open register file holds live data, read from H2's store statistics
 * ({@code INFORMATION_SCHEMA.SETTINGS}: {@code info.FILL_RATE}, the share of the file that chunks
 * use, and {@code info.CHUNKS_FILL_RATE}, the share of the chunks still in use).
 *
 * <p>The store never overwrites a chunk while it is written: each save, and each part of a large
 * import, adds new chunks and leaves the pages it replaced behind. The file then grows well past
 * its data until it is compacted; this says when that is worth doing.
 *
 * @param fileBytes the file's size in bytes
 * @param livePercent the share of the file, 0 to 100, that holds data still in use
 */
record StoreFill(long fileBytes, int livePercent) {

    /** Compact when the file is more than 1.5 times the size of its live data. */
    static final int COMPACT_BELOW_PERCENT = 66;

    /** Files smaller than this are not worth compacting, however empty. */
    static final long COMPACT_FROM_BYTES = 4L * 1024 * 1024;

    static StoreFill of(Connection connection) throws SQLException {
        long fileBytes = 0;
        int fillRate = 100;
        int chunksFillRate = 100;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rows.next()) {
                long value = Long.parseLong(rows.getString(2).strip());
                switch (rows.getString(1)) {
                    case "info.FILE_SIZE" -> fileBytes = value;
                    case "info.FILL_RATE" -> fillRate = (int) value;
                    default -> chunksFillRate = (int) value;
                }
            }
        }
        return new StoreFill(fileBytes, fillRate * chunksFillRate / 100);
    }

    /** True when the file is big enough, and empty enough, that closing it should compact it. */
    boolean worthCompacting() {
        return fileBytes >= COMPACT_FROM_BYTES && livePercent < COMPACT_BELOW_PERCENT;
    }
}
