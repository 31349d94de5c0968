package org.compactregister.list;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compactregister.model.Sector;
import org.compactregister.model.Status;
import org.compactregister.persistence.SignatoryListQuery;
import org.compactregister.persistence.SignatoryListQuery.MonthCount;
import org.compactregister.persistence.SignatoryListQuery.SectorStatusCount;
import org.compactregister.service.Services;

/**
 * The numbers the Compact measures itself by: signatories by sector (in the Compact now, and
 * withdrawn), by status, and over time. The database does the counting ({@code GROUP BY}); this only
 * arranges the counts. The window's statistics view and the command line's {@code stats} both use it.
 */
public final class SignatoryStatistics {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.UK);
    private static final Comparator<Sector> SECTOR_ORDER =
            Comparator.nullsLast(Comparator.comparingInt(Sector::ordinal));

    private final SignatoryListQuery query;
    private final Clock clock;

    public SignatoryStatistics(Services services) {
        this(new SignatoryListQuery(services.database().jdbi()), services.clock());
    }

    SignatoryStatistics(SignatoryListQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    /** Signatories by sector: in the Compact now (received or acknowledged) and withdrawn. */
    public SectorBreakdown bySector() {
        Map<Sector, int[]> counts = new HashMap<>();
        for (SectorStatusCount count : query.countBySectorAndStatus()) {
            int[] pair = counts.computeIfAbsent(count.sector(), s -> new int[2]);
            pair[count.status() == Status.WITHDRAWN ? 1 : 0] += count.count();
        }
        List<Sector> sectors = new ArrayList<>(counts.keySet());
        sectors.sort(SECTOR_ORDER);
        return new SectorBreakdown(sectors.stream()
                .map(sector -> new SectorCount(sector, counts.get(sector)[0], counts.get(sector)[1]))
                .toList());
    }

    /** How many signatories have each status, in the order of {@link Status}; 0 for a status none has. */
    public Map<Status, Integer> byStatus() {
        return query.countByStatus();
    }

    /** The earliest date a signatory signed; empty when the register holds none. */
    public Optional<LocalDate> firstSigned() {
        return query.earliestSigned();
    }

    /** The latest date a signatory signed; empty when the register holds none. */
    public Optional<LocalDate> lastSigned() {
        return query.latestSigned();
    }

    /** Signatories over time, by month or year, from the first signature to today. */
    public SignaturesOverTime overTime(TimeStep step) {
        List<MonthCount> signed = query.countSignedByMonth();
        List<MonthCount> withdrawn = query.countWithdrawnByMonth();
        if (signed.isEmpty()) {
            return new SignaturesOverTime(step, List.of(), List.of(), List.of());
        }
        YearMonth first = YearMonth.of(signed.get(0).year(), signed.get(0).month());
        YearMonth last = YearMonth.now(clock);
        for (MonthCount count : signed) {
            last = max(last, YearMonth.of(count.year(), count.month()));
        }
        List<YearMonth> starts = new ArrayList<>();
        YearMonth period = step == TimeStep.YEAR ? YearMonth.of(first.getYear(), 1) : first;
        while (!period.isAfter(last)) {
            starts.add(period);
            period = step == TimeStep.YEAR ? period.plusYears(1) : period.plusMonths(1);
        }
        Set<Sector> sectorSet = new LinkedHashSet<>();
        signed.forEach(count -> sectorSet.add(count.sector()));
        List<Sector> sectors = new ArrayList<>(sectorSet);
        sectors.sort(SECTOR_ORDER);

        Map<Sector, int[]> signedIn = perPeriod(signed, starts, step);
        Map<Sector, int[]> withdrawnIn = perPeriod(withdrawn, starts, step);
        List<SignaturesOverTime.SectorSeries> series = new ArrayList<>();
        for (Sector sector : sectors) {
            int[] s = signedIn.getOrDefault(sector, new int[starts.size()]);
            int[] w = withdrawnIn.getOrDefault(sector, new int[starts.size()]);
            List<Integer> signedList = new ArrayList<>();
            List<Integer> inCompact = new ArrayList<>();
            int running = 0;
            for (int i = 0; i < starts.size(); i++) {
                running += s[i] - w[i];
                signedList.add(s[i]);
                inCompact.add(running);
            }
            series.add(new SignaturesOverTime.SectorSeries(sector, signedList, inCompact));
        }
        List<LocalDate> startDates = starts.stream().map(ym -> ym.atDay(1)).toList();
        List<String> labels = starts.stream()
                .map(ym -> step == TimeStep.YEAR ? String.valueOf(ym.getYear()) : MONTH.format(ym))
                .toList();
        return new SignaturesOverTime(step, startDates, labels, series);
    }

    private static Map<Sector, int[]> perPeriod(List<MonthCount> counts, List<YearMonth> starts, TimeStep step) {
        Map<Sector, int[]> bySector = new HashMap<>();
        YearMonth first = starts.get(0);
        for (MonthCount count : counts) {
            YearMonth month = YearMonth.of(count.year(), count.month());
            int index = step == TimeStep.YEAR ? month.getYear() - first.getYear()
                    : (int) first.until(month, ChronoUnit.MONTHS);
            index = Math.max(0, Math.min(starts.size() - 1, index));
            bySector.computeIfAbsent(count.sector(), s -> new int[starts.size()])[index] += count.count();
        }
        return bySector;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
