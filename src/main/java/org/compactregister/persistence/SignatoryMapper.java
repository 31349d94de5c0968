package org.compactregister.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.Status;
import org.compactregister.model.Withdrawal;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a row of the {@code signatory} table back into a {@link Signatory}. */
public final class SignatoryMapper implements RowMapper<Signatory> {

    @Override
    public Signatory map(ResultSet rs, StatementContext ctx) throws SQLException {
        String sector = rs.getString("sector");
        String howReceived = rs.getString("how_received");
        CommitmentForm form = new CommitmentForm(
                rs.getString("signatory_name"),
                rs.getObject("date_signed", LocalDate.class),
                rs.getString("organisation"),
                new Address(rs.getString("address_line1"), rs.getString("address_line2"),
                        rs.getString("address_line3"), rs.getString("town"), rs.getString("postcode")),
                rs.getString("telephone"),
                rs.getString("second_telephone"),
                rs.getString("email"),
                sector == null ? null : Sector.valueOf(sector),
                rs.getObject("date_received", LocalDate.class),
                howReceived == null ? null : HowReceived.valueOf(howReceived),
                rs.getString("notes"));
        LocalDate withdrawnOn = rs.getObject("withdrawn_on", LocalDate.class);
        Withdrawal withdrawal = withdrawnOn == null ? null : new Withdrawal(withdrawnOn, rs.getString("withdrawal_reason"));
        return new Signatory(
                rs.getLong("id"),
                rs.getInt("version"),
                form,
                Status.valueOf(rs.getString("status")),
                rs.getObject("acknowledged_on", LocalDate.class),
                withdrawal,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
