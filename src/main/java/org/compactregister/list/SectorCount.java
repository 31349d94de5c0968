package org.compactregister.list;

import org.compactregister.model.Sector;

/** How many signatories of one sector (null: none recorded) are in the Compact now, and how many withdrew. */
public record SectorCount(Sector sector, int current, int withdrawn) {

    public String label() {
        return SectorGroup.label(sector);
    }

    public int total() {
        return current + withdrawn;
    }
}
