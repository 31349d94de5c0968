package org.compactregister.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.SignatoryListFilter;
import org.compactregister.model.Status;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatoryStatisticsTest {

    @TempDir
    Path dir;

    @Test
    void countsBySectorAddUpToTheRegisterAndSharesToOne() {
        try (Services services = ListTestRegister.open(dir)) {
            List<Signatory> all = ListTestRegister.fill(services, 200);
            for (int i = 0; i < 7; i++) {
                ListTestRegister.withdraw(services, all.get(i * 11));
            }
            SectorBreakdown breakdown = new SignatoryStatistics(services).bySector();
            assertEquals(200, breakdown.total());
            assertEquals(7, breakdown.totalWithdrawn());
            assertEquals(193, breakdown.totalCurrent());
            double shares = 0;
            SignatoryListService lists = new SignatoryListService(services);
            for (SectorCount row : breakdown.sectors()) {
                shares += breakdown.shareOfCurrent(row);
                assertEquals(lists.count(SignatoryListFilter.current().withSector(row.sector())), row.current(),
                        row.label());
                long expected = all.stream().filter(s -> s.form().sector() == row.sector()).count();
                assertEquals(expected, row.total(), row.label());
            }
            assertEquals(1.0, shares, 1e-9);
        }
    }

    @Test
    void overTimeCountsEverySignatureOnceAndTheRunningTotalEndsAtTheCurrentCount() {
        try (Services services = ListTestRegister.open(dir)) {
            List<Signatory> all = ListTestRegister.fill(services, 150);
            ListTestRegister.withdraw(services, all.get(2));
            ListTestRegister.add(services, List.of(ListTestRegister.form("Kestrel Park Reading Circle", "Owen Brennan",
                    null, LocalDate.of(2026, 2, 14))));
            SignatoryStatistics statistics = new SignatoryStatistics(services);
            for (TimeStep step : TimeStep.values()) {
                SignaturesOverTime overTime = statistics.overTime(step);
                int signed = 0;
                int inCompactAtEnd = 0;
                for (SignaturesOverTime.SectorSeries series : overTime.series()) {
                    assertEquals(overTime.periodStarts().size(), series.signed().size());
                    signed += series.signed().stream().mapToInt(Integer::intValue).sum();
                    inCompactAtEnd += series.inCompact().get(series.inCompact().size() - 1);
                }
                assertEquals(151, signed, step.label());
                assertEquals(150, inCompactAtEnd, step.label());
                assertTrue(overTime.series().stream().anyMatch(s -> s.label().equals(SectorGroup.NOT_RECORDED)));
                assertEquals(step == TimeStep.YEAR ? "2026" : "Nov 2026",
                        overTime.periodLabels().get(overTime.periodLabels().size() - 1));
            }
            assertEquals(Sector.PUBLIC_SECTOR_PARTNER, statistics.bySector().sectors().get(0).sector());
        }
    }

    @Test
    void countsByStatusListEveryStatusAndTheDatesSignedSpanTheRegister() {
        try (Services services = ListTestRegister.open(dir)) {
            List<Signatory> all = ListTestRegister.fill(services, 40);
            ListTestRegister.withdraw(services, all.get(0));
            ListTestRegister.withdraw(services, all.get(1));
            services.register().markAcknowledged(List.of(all.get(2).id()), ListTestRegister.TODAY);
            SignatoryStatistics statistics = new SignatoryStatistics(services);
            assertEquals(Map.of(Status.RECEIVED, 37, Status.ACKNOWLEDGED, 1, Status.WITHDRAWN, 2),
                    statistics.byStatus());
            assertEquals(List.of(Status.values()), List.copyOf(statistics.byStatus().keySet()), "in their usual order");
            List<LocalDate> signed = all.stream().map(s -> s.form().dateSigned()).sorted().toList();
            assertEquals(Optional.of(signed.get(0)), statistics.firstSigned());
            assertEquals(Optional.of(signed.get(signed.size() - 1)), statistics.lastSigned());
        }
    }

    @Test
    void anEmptyRegisterHasNoPeriodsNoSectorsNoDatesAndNoughtOfEachStatus() {
        try (Services services = ListTestRegister.open(dir)) {
            SignatoryStatistics statistics = new SignatoryStatistics(services);
            assertTrue(statistics.overTime(TimeStep.MONTH).isEmpty());
            assertEquals(0, statistics.bySector().total());
            assertEquals(Map.of(Status.RECEIVED, 0, Status.ACKNOWLEDGED, 0, Status.WITHDRAWN, 0),
                    statistics.byStatus());
            assertEquals(Optional.empty(), statistics.firstSigned());
            assertEquals(Optional.empty(), statistics.lastSigned());
        }
    }
}
