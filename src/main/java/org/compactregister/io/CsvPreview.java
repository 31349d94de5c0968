package org.compactregister.io;

import java.nio.file.Path;
import java.util.List;

/** The start of a CSV file as the import screen shows it: layout, header, mapping and the first rows checked. */
public record CsvPreview(Path file, CsvLayout layout, List<String> header, ColumnMapping mapping,
                         List<RowCheck> rows) {

    public CsvPreview {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
