package org.compactregister.list;

import java.util.List;

/** Signatories by sector: one row per sector that has any, in the order of the sectors. */
public record SectorBreakdown(List<SectorCount> sectors) {

    public SectorBreakdown {
        sectors = List.copyOf(sectors);
    }

    public int totalCurrent() {
        return sectors.stream().mapToInt(SectorCount::current).sum();
    }

    public int totalWithdrawn() {
        return sectors.stream().mapToInt(SectorCount::withdrawn).sum();
    }

    public int total() {
        return totalCurrent() + totalWithdrawn();
    }

    /** The sector's share of the current signatories, from 0 to 1 (0 when there are none). */
    public double shareOfCurrent(SectorCount row) {
        int all = totalCurrent();
        return all == 0 ? 0 : (double) row.current() / all;
    }
}
