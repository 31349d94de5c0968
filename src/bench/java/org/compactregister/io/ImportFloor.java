package org.compactregister.io;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;

/**
 * What H2 alone takes to put the rows of the register's own CSV export into a register's tables, as
 * the import must leave them, with no check at all: one {@code INSERT … SELECT FROM CSVREAD} into
 * {@code signatory} (dates parsed, sector and how received named by their codes), one audit entry
 * with a change per signatory (the row's fields written out, as the import's audit entry holds
 * them), all in one transaction, with the six indexes of {@code signatory} set aside before and
 * built again after, as a large import does (BulkEntryIndexes). The floor under the import: no Java
 * code of the register runs in it. Measured by {@link RegisterBenchmark} on a new, empty register.
 */
final class ImportFloor {

    private static final String[] INDEXES = {
        "signatory_by_organisation_key ON signatory (organisation_key)",
        "signatory_by_postcode ON signatory (postcode)",
        "signatory_by_sector ON signatory (sector, organisation_key)",
        "signatory_by_status ON signatory (status, organisation_key)",
        "signatory_by_date_signed ON signatory (date_signed)",
        "signatory_by_date_received ON signatory (date_received)",
    };

    private ImportFloor() {
    }

    /**
     * Milliseconds from the first statement to the last index built. {@code connection} is to an
     * empty register made by this version (every migration applied); {@code csv} has the export's
     * header (Name, Date, On behalf of Organisation, …, dates day first).
     *
     * @throws SQLException when H2 refuses a statement (the register's schema changed: update this)
     */
    static long millis(Connection connection, Path csv) throws SQLException {
        String file = csv.toString().replace("'", "''");
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute("DROP INDEX " + index.substring(0, index.indexOf(' ')));
            }
            connection.setAutoCommit(false);
            statement.executeUpdate("INSERT INTO signatory (version, signatory_name, date_signed, organisation, "
                    + "organisation_key, address_line1, address_line2, address_line3, town, postcode, telephone, "
                    + "second_telephone, email, sector, date_received, how_received, notes, status, created_at, "
                    + "updated_at) SELECT 1, NAME, PARSEDATETIME(DATE, 'dd/MM/yyyy'), \"On behalf of Organisation\", "
                    + "LOWER(\"On behalf of Organisation\"), COALESCE(ADDRESS, ''), COALESCE(\"Address line 2\", ''), "
                    + "COALESCE(\"Address line 3\", ''), COALESCE(TOWN, ''), COALESCE(POSTCODE, ''), COALESCE(TEL, ''), "
                    + "COALESCE(\"Second tel\", ''), COALESCE(EMAIL, ''), " + codes("SECTOR", Sector.values()) + ", "
                    + "PARSEDATETIME(\"Date received\", 'dd/MM/yyyy'), "
                    + codes("\"How received\"", HowReceived.values()) + ", COALESCE(NOTES, ''), 'RECEIVED', "
                    + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8')");
            statement.executeUpdate("INSERT INTO audit_entry (recorded_at, staff_member, action, signatory_id, summary) "
                    + "VALUES (CURRENT_TIMESTAMP, 'benchmark', 'IMPORTED', NULL, 'Imported (floor)')");
            statement.executeUpdate("INSERT INTO audit_change (entry_id, position, signatory_id, field, old_value, "
                    + "new_value, personal) SELECT (SELECT MAX(id) FROM audit_entry), ROW_NUMBER() OVER (ORDER BY id), "
                    + "id, 'Row', NULL, CONCAT_WS('; ', 'Name: ' || signatory_name, 'Date: ' || date_signed, "
                    + "'On behalf of Organisation: ' || organisation, 'Address: ' || address_line1, "
                    + "'Town: ' || town, 'Postcode: ' || postcode, 'Tel: ' || telephone, 'Email: ' || email, "
                    + "'Sector: ' || sector, 'Date received: ' || date_received, 'How received: ' || how_received), "
                    + "TRUE FROM signatory");
            connection.commit();
            connection.setAutoCommit(true);
            for (String index : INDEXES) {
                statement.execute("CREATE INDEX " + index);
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A CASE naming each label's code, as the import's checks turn the words into the stored code. */
    private static String codes(String column, Enum<?>[] values) {
        return "CASE " + column + Arrays.stream(values)
                .map(value -> " WHEN '" + label(value).replace("'", "''") + "' THEN '" + value.name() + "'")
                .collect(Collectors.joining()) + " ELSE NULL END";
    }

    private static String label(Enum<?> value) {
        return value instanceof Sector sector ? sector.label() : ((HowReceived) value).label();
    }
}
