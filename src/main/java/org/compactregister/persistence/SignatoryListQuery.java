package org.compactregister.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.SignatoryListFilter;
import org.compactregister.model.SignatoryListOrder;
import org.compactregister.model.Status;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads signatories for printed lists and exports, and counts them for the statistics. Rows are
 * streamed from the database one at a time (never the whole register in memory), and the counts
 * are done by the database with {@code GROUP BY}.
 */
public final class SignatoryListQuery {

    /** Sectors in the order of {@link Sector}, signatories with no sector recorded last. */
    private static final String SECTOR_RANK;

    static {
        StringBuilder rank = new StringBuilder("CASE sector");
        for (Sector sector : Sector.values()) {
            rank.append(" WHEN '").append(sector.name()).append("' THEN ").append(sector.ordinal());
        }
        SECTOR_RANK = rank.append(" ELSE 99 END").toString();
    }

    private static final int FETCH_SIZE = 500;

    private final Jdbi jdbi;

    public SignatoryListQuery(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** How many signatories the filter lets through. */
    public int count(SignatoryListFilter filter) {
        Where where = Where.of(filter);
        return jdbi.withHandle(handle -> where.bind(handle.createQuery("SELECT COUNT(*) FROM signatory" + where.sql))
                .mapTo(Integer.class).one());
    }

    /**
     * Hands each signatory the filter lets through to {@code each}, in the order asked for, while
     * reading them from the database. An exception thrown by {@code each} stops the reading.
     */
    public void forEach(SignatoryListFilter filter, SignatoryListOrder order, Consumer<Signatory> each) {
        Where where = Where.of(filter);
        String orderBy = switch (order) {
            case BY_SECTOR -> " ORDER BY " + SECTOR_RANK + ", organisation_key, LOWER(organisation), id";
            case BY_ORGANISATION -> " ORDER BY organisation_key, LOWER(organisation), id";
        };
        jdbi.useHandle(handle -> where.bind(handle.createQuery("SELECT * FROM signatory" + where.sql + orderBy))
                .setFetchSize(FETCH_SIZE)
                .map(new SignatoryMapper())
                .forEach(each));
    }

    /** How many signatories of each sector (null key: none recorded) the filter lets through. */
    public Map<Sector, Integer> countBySector(SignatoryListFilter filter) {
        Where where = Where.of(filter);
        Map<Sector, Integer> counts = new HashMap<>();
        jdbi.useHandle(handle -> where.bind(handle.createQuery(
                        "SELECT sector, COUNT(*) AS n FROM signatory" + where.sql + " GROUP BY sector"))
                .map((rs, ctx) -> Map.entry(Optional.ofNullable(sector(rs.getString("sector"))), rs.getInt("n")))
                .forEach(entry -> counts.put(entry.getKey().orElse(null), entry.getValue())));
        return counts;
    }

    /** How many signatories there are of each sector (null: none recorded) and status. */
    public List<SectorStatusCount> countBySectorAndStatus() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT sector, status, COUNT(*) AS n FROM signatory GROUP BY sector, status")
                .map((rs, ctx) -> new SectorStatusCount(sector(rs.getString("sector")),
                        Status.valueOf(rs.getString("status")), rs.getInt("n")))
                .list());
    }

    /** How many signatories there are of each status; every status is there, with 0 when none has it. */
    public Map<Status, Integer> countByStatus() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0);
        }
        jdbi.useHandle(handle -> handle.createQuery("SELECT status, COUNT(*) AS n FROM signatory GROUP BY status")
                .map((rs, ctx) -> Map.entry(Status.valueOf(rs.getString("status")), rs.getInt("n")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        return counts;
    }

    /** The earliest date signed in the register; empty when it holds no signatories. */
    public Optional<LocalDate> earliestSigned() {
        return dateSigned("MIN");
    }

    /** The latest date signed in the register; empty when it holds no signatories. */
    public Optional<LocalDate> latestSigned() {
        return dateSigned("MAX");
    }

    private Optional<LocalDate> dateSigned(String minOrMax) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + minOrMax + "(date_signed) FROM signatory")
                .mapTo(LocalDate.class).findOne());
    }

    /**
     * Hands every signatory to {@code each} in the order they were entered, while reading them
     * from the database. An exception thrown by {@code each} stops the reading.
     */
    public void forEachInOrderOfEntry(Consumer<Signatory> each) {
        jdbi.useHandle(handle -> handle.createQuery("SELECT * FROM signatory ORDER BY id")
                .setFetchSize(FETCH_SIZE)
                .map(new SignatoryMapper())
                .forEach(each));
    }

    /** How many signed in each month, by sector, in date order. */
    public List<MonthCount> countSignedByMonth() {
        return countByMonth("date_signed");
    }

    /** How many withdrew in each month, by sector, in date order. */
    public List<MonthCount> countWithdrawnByMonth() {
        return countByMonth("withdrawn_on");
    }

    private List<MonthCount> countByMonth(String dateColumn) {
        String year = "EXTRACT(YEAR FROM " + dateColumn + ")";
        String month = "EXTRACT(MONTH FROM " + dateColumn + ")";
        String sql = "SELECT " + year + " AS y, " + month + " AS m, sector, COUNT(*) AS n FROM signatory"
                + " WHERE " + dateColumn + " IS NOT NULL"
                + " GROUP BY " + year + ", " + month + ", sector ORDER BY y, m";
        return jdbi.withHandle(handle -> handle.createQuery(sql)
                .map((rs, ctx) -> new MonthCount(rs.getInt("y"), rs.getInt("m"), sector(rs.getString("sector")),
                        rs.getInt("n")))
                .list());
    }

    private static Sector sector(String name) {
        return name == null ? null : Sector.valueOf(name);
    }

    /** A count of signatories of one sector (null when none was recorded) and status. */
    public record SectorStatusCount(Sector sector, Status status, int count) {
    }

    /** A count for one calendar month and sector (null when none was recorded). */
    public record MonthCount(int year, int month, Sector sector, int count) {
    }

    /** The WHERE clause of a filter and the values it binds. */
    private record Where(String sql, SignatoryListFilter filter) {

        static Where of(SignatoryListFilter filter) {
            List<String> conditions = new ArrayList<>();
            if (filter.sector() != null) {
                conditions.add("sector = :sector");
            }
            if (filter.status() != null) {
                conditions.add("status = :status");
            } else if (filter.excludesWithdrawn()) {
                conditions.add("status <> 'WITHDRAWN'");
            }
            if (filter.signedFrom() != null) {
                conditions.add("date_signed >= :signedFrom");
            }
            if (filter.signedTo() != null) {
                conditions.add("date_signed <= :signedTo");
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), filter);
        }

        Query bind(Query query) {
            if (filter.sector() != null) {
                query.bind("sector", filter.sector().name());
            }
            if (filter.status() != null) {
                query.bind("status", filter.status().name());
            }
            if (filter.signedFrom() != null) {
                query.bind("signedFrom", filter.signedFrom());
            }
            if (filter.signedTo() != null) {
                query.bind("signedTo", filter.signedTo());
            }
            return query;
        }
    }
}
