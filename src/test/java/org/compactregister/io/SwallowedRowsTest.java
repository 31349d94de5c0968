package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A cell that holds whole rows after a line break (a quote closed rows too late) is told from a
 * cell written on several lines of its own (an address, notes).
 */
class SwallowedRowsTest {

    private static CsvRow row(String... cells) {
        return new CsvRow(2, List.of(cells), Optional.empty());
    }

    @Test
    void rowsInsideANotesOrAddressCellAreToldFromItsOwnLines() {
        assertTrue(RowReading.swallowsRows(row("Ann Lee", "24/11/2025", "Oakwell Club", "Called them\r\n"
                + "Bo Chan,24/11/2025,Fernley Choir,5 Road,Leicester"), 5), "a comma-separated row inside");
        assertTrue(RowReading.swallowsRows(row("Ann Lee", "Called them\nBo Chan;24/11/2025;Fernley Choir;5 Road;Leicester"),
                5), "a semicolon-separated row inside");
        assertFalse(RowReading.swallowsRows(row("Ann Lee", "24/11/2025", "Oakwell Club",
                "Flat 2, Block B\r\nMain Street, Knighton"), 5), "an address on two lines");
        assertFalse(RowReading.swallowsRows(row("Ann Lee", "Rang on Monday.\nWill send the form, the leaflet, "
                + "and the poster."), 3), "notes with a comma or two on a line");
        assertFalse(RowReading.swallowsRows(row("Ann Lee", "24/11/2025", "Oakwell Club"), 3), "no line break");
    }
}
