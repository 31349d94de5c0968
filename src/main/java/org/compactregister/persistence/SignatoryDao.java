package org.compactregister.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.compactregister.model.RegisteredName;
import org.compactregister.model.Signatory;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL of the register, one statement per method. Transactions are the repository's. */
@RegisterRowMapper(SignatoryMapper.class)
public interface SignatoryDao {

    /** Adds one signatory row; the id is the database's. */
    String INSERT = """
            INSERT INTO signatory (signatory_name, date_signed, organisation, organisation_key,
                address_line1, address_line2, address_line3, town, postcode, telephone, second_telephone, email, sector,
                date_received, how_received, notes, status, acknowledged_on, withdrawn_on, withdrawal_reason,
                created_at, updated_at)
            VALUES (:signatoryName, :dateSigned, :organisation, :organisationKey,
                :addressLine1, :addressLine2, :addressLine3, :town, :postcode, :telephone, :secondTelephone, :email,
                :sector, :dateReceived,
                :howReceived, :notes, :status, :acknowledgedOn, :withdrawnOn, :withdrawalReason, :now, :now)
            """;

    @SqlUpdate(INSERT)
    @GetGeneratedKeys("id")
    long insert(@BindMethods SignatoryRow row);

    /** The same insert for many rows in one JDBC batch; returns their ids in the rows' order. */
    @SqlBatch(INSERT)
    @GetGeneratedKeys("id")
    long[] insertAll(@BindMethods List<SignatoryRow> rows);

    /** Saves the row only if nobody saved it since {@code version} was read; returns the rows changed (0 or 1). */
    @SqlUpdate("""
            UPDATE signatory SET version = version + 1,
                signatory_name = :signatoryName, date_signed = :dateSigned, organisation = :organisation,
                organisation_key = :organisationKey, address_line1 = :addressLine1, address_line2 = :addressLine2,
                address_line3 = :addressLine3, town = :town, postcode = :postcode, telephone = :telephone,
                second_telephone = :secondTelephone, email = :email, sector = :sector,
                date_received = :dateReceived, how_received = :howReceived, notes = :notes, status = :status,
                acknowledged_on = :acknowledgedOn, withdrawn_on = :withdrawnOn,
                withdrawal_reason = :withdrawalReason, updated_at = :now
            WHERE id = :id AND version = :version
            """)
    int update(@BindMethods SignatoryRow row);

    @SqlQuery("SELECT * FROM signatory WHERE id = :id")
    Optional<Signatory> findById(@Bind("id") long id);

    @SqlQuery("SELECT version FROM signatory WHERE id = :id")
    Optional<Integer> versionOf(@Bind("id") long id);

    @SqlUpdate("DELETE FROM signatory WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM signatory")
    int count();

    /** Signatories that share the organisation's match key, or its postcode. */
    @SqlQuery("""
            SELECT * FROM signatory
            WHERE (organisation_key = :key OR (postcode = :postcode AND :postcode <> ''))
              AND id <> :excludeId
            ORDER BY organisation_key
            LIMIT 50
            """)
    List<Signatory> findSharingNameOrPostcode(@Bind("key") String organisationKey, @Bind("postcode") String postcode,
                                              @Bind("excludeId") long excludeId);

    /** Every signatory's organisation, its match key, postcode and signatory, for the duplicate rule. */
    @SqlQuery("SELECT id, organisation, organisation_key, postcode, signatory_name FROM signatory")
    @RegisterConstructorMapper(RegisteredName.class)
    List<RegisteredName> registeredNames();

    @SqlUpdate("""
            UPDATE signatory SET status = 'ACKNOWLEDGED', acknowledged_on = :date, version = version + 1,
                updated_at = CURRENT_TIMESTAMP
            WHERE id IN (<ids>) AND status = 'RECEIVED'
            """)
    int markAcknowledged(@BindList("ids") Collection<Long> ids, @Bind("date") LocalDate date);
}
