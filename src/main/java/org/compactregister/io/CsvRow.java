package org.compactregister.io;

import java.util.List;

/** One row of a CSV file: the line it starts on (1 is the header) and its cells. */
public record CsvRow(long line, List<String> cells) {

    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or an empty string when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
