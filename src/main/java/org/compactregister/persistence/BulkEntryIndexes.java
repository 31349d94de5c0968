package org.compactregister.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secondary indexes a large import writes into: the six of {@code signatory} that V1 creates are
 * set aside while the import goes into an H2 register and built again after it, whole, in one sort
 * each; {@code audit_change_by_signatory} of V8 is kept, because the import's audit changes name its
 * new signatories in ascending id order, so that index only grows at its end (building it again cost
 * more than keeping it: 0.6–0.8 s of a 100,000-row import). Kept up to date row by row, they made each imported
 * row cost several times what the row itself did (100,000 rows into the signatory table: 5.4 s with
 * them, 0.6 s without plus 2.2 s to build them, on the benchmark machine; see issue 11).
 *
 * <p>Only the H2 file: its DDL commits, so the indexes are dropped before the import's transaction
 * and built after it commits or is undone; the rows themselves still go in as one transaction, all or
 * nothing. A process stopped in between leaves a register without some indexes (slower sorting,
 * nothing lost): {@link #ensure} builds any that are missing when the register next opens. A
 * PostgreSQL register keeps its indexes: dropping one there would lock every other PC out of the table.
 */
final class BulkEntryIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(BulkEntryIndexes.class);

    /** One index as its migration creates it, and whether a large import sets it aside. */
    record Index(String name, String table, String columns, boolean setAside) {

        String create() {
            return "CREATE INDEX IF NOT EXISTS " + name + " ON " + table + " (" + columns + ")";
        }
    }

    /** The indexes, as V1__register_of_signatories.sql and V8__audit_trail_and_personal_data.sql create them. */
    static final List<Index> ALL = List.of(
            new Index("signatory_by_organisation_key", "signatory", "organisation_key", true),
            new Index("signatory_by_postcode", "signatory", "postcode", true),
            new Index("signatory_by_sector", "signatory", "sector, organisation_key", true),
            new Index("signatory_by_status", "signatory", "status, organisation_key", true),
            new Index("signatory_by_date_signed", "signatory", "date_signed", true),
            new Index("signatory_by_date_received", "signatory", "date_received", true),
            new Index("audit_change_by_signatory", "audit_change", "signatory_id", false));

    /** Below this many rows an import keeps the indexes: building them again would cost more. */
    static final int FEWEST_ROWS = 1_000;

    private BulkEntryIndexes() {
    }

    /**
     * Whether a table's indexes are better set aside for {@code rows} new rows in a table of
     * {@code existing}: when the rows at least double it (building an index again costs about as much
     * per row already there as keeping it up to date costs per row added), and are not few.
     */
    static boolean worthSettingAside(int rows, long existing) {
        return rows >= FEWEST_ROWS && rows >= existing;
    }

    /**
     * Runs {@code work}, which adds about {@code rows} rows to each table, with the indexes of the
     * tables it at least doubles dropped, and builds them again afterwards whether it returned or
     * threw. When they cannot be dropped (another connection holds the table), it runs with them.
     *
     * @param connection an H2 connection in auto-commit mode, not inside a transaction
     */
    static <R> R setAsideDuring(Connection connection, int rows, Supplier<R> work) {
        return setAsideDuring(connection, rows, work, (built, total) -> { });
    }

    /**
     * As {@link #setAsideDuring(Connection, int, Supplier)}; {@code building} hears, before each
     * index is built again, how many are built and how many there are to build (0 of 6, 1 of 6, …).
     */
    static <R> R setAsideDuring(Connection connection, int rows, Supplier<R> work, BiConsumer<Integer, Integer> building) {
        List<Index> aside = drop(connection, rows);
        if (aside.isEmpty()) {
            return work.get();
        }
        try {
            return work.get();
        } finally {
            boolean larger = CACHE_WHILE_BUILDING_KB > RegisterFileAddress.CACHE_KB
                    && setCache(connection, CACHE_WHILE_BUILDING_KB);
            ensure(connection, building);
            if (larger) {
                setCache(connection, RegisterFileAddress.CACHE_KB);
            }
        }
    }

    /**
     * H2's page cache while the indexes are built again (KB): an eighth of the heap, at
     * most 128 MB. Each index is built from a whole pass over its table; with the usual cache
     * ({@link RegisterFileAddress#CACHE_KB}) each pass read the 100,000-row table from the file again,
     * and building six indexes took three times as long.
     */
    static final int CACHE_WHILE_BUILDING_KB = (int) Math.min(128L * 1024, Runtime.getRuntime().maxMemory() / 8 / 1024);

    private static boolean setCache(Connection connection, int kilobytes) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET CACHE_SIZE " + kilobytes);
            return true;
        } catch (SQLException e) {
            LOG.warn("H2's cache could not be set to {} KB", kilobytes, e);
            return false;
        }
    }

    private static List<Index> drop(Connection connection, int rows) {
        List<Index> aside = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("signatory")) {
                if (!worthSettingAside(rows, count(statement, table))) {
                    continue;
                }
                for (Index index : ALL) {
                    if (index.table().equals(table) && index.setAside()) {
                        statement.execute("DROP INDEX IF EXISTS " + index.name());
                        aside.add(index);
                    }
                }
            }
            return aside;
        } catch (SQLException busy) {
            LOG.warn("Indexes could not be set aside for an import; it runs with them", busy);
            ensure(connection);
            return List.of();
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Builds each of the indexes that is missing (after an import that was stopped before it built
     * them again); does nothing when all are there. A failure is logged, never thrown: the register
     * works without the index, only slower.
     */
    static void ensure(Connection connection) {
        ensure(connection, (built, total) -> { });
    }

    private static void ensure(Connection connection, BiConsumer<Integer, Integer> building) {
        Set<String> present = present(connection);
        List<Index> missing = ALL.stream()
                .filter(index -> !present.contains(index.name().toUpperCase(Locale.ROOT))).toList();
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < missing.size(); i++) {
                building.accept(i, missing.size());
                statement.execute(missing.get(i).create());
            }
        } catch (SQLException e) {
            LOG.error("An index could not be built; the register works without it, slower", e);
        }
    }

    /** The names (upper case) of the indexes in the register's schema. */
    static Set<String> present(Connection connection) {
        Set<String> names = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT UPPER(index_name) FROM information_schema.indexes "
                     + "WHERE table_schema = CURRENT_SCHEMA")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            LOG.warn("The register's indexes could not be listed", e);
            return Set.copyOf(ALL.stream().map(index -> index.name().toUpperCase(Locale.ROOT)).toList());
        }
        return names;
    }
}
