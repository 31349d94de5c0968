package org.compactregister.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.compactregister.model.Scan;
import org.compactregister.model.ScanMediaType;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a row of the {@code scan} table (without its content) back into a {@link Scan}. */
public final class ScanMapper implements RowMapper<Scan> {

    @Override
    public Scan map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Scan(rs.getLong("id"), rs.getLong("signatory_id"), rs.getString("file_name"),
                ScanMediaType.valueOf(rs.getString("media_type")), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getInt("page_count"),
                rs.getObject("attached_at", OffsetDateTime.class).toInstant(), rs.getInt("rotation"));
    }
}
