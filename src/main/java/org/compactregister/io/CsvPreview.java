package org.compactregister.io;

import java.nio.file.Path;
import java.util.List;

/**
 * The start of a CSV file as the import screen shows it: layout, header, mapping and the first rows
 * checked; the columns that map to nothing; each date column's judgement over the whole file (see
 * {@link DateColumn}); and the lines the decoding repaired.
 */
public record CsvPreview(Path file, CsvLayout layout, List<String> header, ColumnMapping mapping,
                         List<RowCheck> rows, List<DateColumn> dateColumns, List<String> repairs) {

    public CsvPreview {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        dateColumns = List.copyOf(dateColumns);
        repairs = List.copyOf(repairs);
    }

    /** The names of the columns no field is read from: they will not be imported. */
    public List<String> unmappedColumns() {
        return mapping.unmapped(header);
    }

    /** The date columns whose order the user must confirm before the import can run. */
    public List<DateColumn> datesToConfirm() {
        return dateColumns.stream().filter(column -> column.needsConfirming()
                && mapping.dateOrder(column.field()).isEmpty()).toList();
    }

    /** The date columns that mix day-first and month-first dates: the import refuses the file. */
    public List<DateColumn> mixedDateColumns() {
        return dateColumns.stream().filter(DateColumn::isMixed).toList();
    }
}
