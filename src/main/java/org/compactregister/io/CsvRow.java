package org.compactregister.io;

import java.util.List;
import java.util.Optional;

/**
 * One row of a CSV file: the line it starts on (1 is the first line of the file) and its cells, and,
 * when a line of it could not be decoded, why (the row is then refused, never read garbled).
 */
public record CsvRow(long line, List<String> cells, Optional<String> unreadable) {

    public CsvRow {
        cells = List.copyOf(cells);
    }

    public CsvRow(long line, List<String> cells) {
        this(line, cells, Optional.empty());
    }

    /** The cell at {@code index}, or an empty string when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
