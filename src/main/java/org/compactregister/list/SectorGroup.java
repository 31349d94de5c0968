package org.compactregister.list;

import org.compactregister.model.Sector;

/** How lists and statistics name a sector, including signatories whose sector was never recorded. */
public final class SectorGroup {

    public static final String NOT_RECORDED = "Sector not recorded";

    private SectorGroup() {
    }

    public static String label(Sector sector) {
        return sector == null ? NOT_RECORDED : sector.label();
    }
}
