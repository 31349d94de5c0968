package org.compactregister.io;

import java.util.List;

/** A row of an imported file that did not go into the register: its line, why, and its cells as they were. */
public record RefusedRow(long line, String reason, List<String> cells) {

    public RefusedRow {
        cells = List.copyOf(cells);
    }
}
