package org.compactregister.list;

import java.time.LocalDate;
import java.util.List;
import org.compactregister.model.Sector;

/**
 * Signatories over time, by sector: for each period (month or year, oldest first, with no gaps),
 * how many signed in it and how many were in the Compact at its end (all who had signed, less
 * those who had withdrawn).
 */
public record SignaturesOverTime(TimeStep step, List<LocalDate> periodStarts, List<String> periodLabels,
                                 List<SectorSeries> series) {

    public SignaturesOverTime {
        periodStarts = List.copyOf(periodStarts);
        periodLabels = List.copyOf(periodLabels);
        series = List.copyOf(series);
    }

    public boolean isEmpty() {
        return periodStarts.isEmpty();
    }

    /** One sector's figures, one per period. */
    public record SectorSeries(Sector sector, List<Integer> signed, List<Integer> inCompact) {

        public SectorSeries {
            signed = List.copyOf(signed);
            inCompact = List.copyOf(inCompact);
        }

        public String label() {
            return SectorGroup.label(sector);
        }
    }
}
