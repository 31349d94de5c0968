package org.compactregister.io;

import java.nio.file.Path;
import java.util.List;

/**
 * The start of a CSV file as the import screen shows it: layout, header, mapping and the first rows
 * checked; the columns that map to nothing; each date column's judgement over the whole file (see
 * {@link DateColumn}); the lines the decoding repaired; and the columns with no heading that hold
 * text, over the whole file ({@link HeaderProblems.Nameless}).
 */
public record CsvPreview(Path file, CsvLayout layout, List<String> header, ColumnMapping mapping,
                         List<RowCheck> rows, List<DateColumn> dateColumns, List<String> repairs,
                         List<HeaderProblems.NamelessColumn> namelessColumns) {

    public CsvPreview {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        dateColumns = List.copyOf(dateColumns);
        repairs = List.copyOf(repairs);
        namelessColumns = List.copyOf(namelessColumns);
    }

    /**
     * The fields two or more columns' names mean where one of those columns is read for nothing (it
     * would be left out); none once the user has chosen a field for each.
     */
    public List<HeaderProblems.SameField> sameFieldColumns() {
        return HeaderProblems.sameField(header).stream().filter(same -> same.columns().stream()
                .anyMatch(column -> !mapping.asMap().containsValue(column) && !mapping.nameParts().contains(column)))
                .toList();
    }

    /**
     * What the import screen says of the columns that mean one field and of the nameless columns with
     * text, and what to do; empty when there are none.
     */
    public List<String> columnNotes() {
        List<String> notes = new java.util.ArrayList<>();
        for (HeaderProblems.SameField same : sameFieldColumns()) {
            notes.add(HeaderProblems.describe(same, header) + " Only one is read for " + same.field().label()
                    + ": choose a field above for the other, or " + HeaderProblems.renameAdvice(same).substring(0, 1)
                    .toLowerCase(java.util.Locale.ROOT) + HeaderProblems.renameAdvice(same).substring(1));
        }
        for (HeaderProblems.NamelessColumn nameless : namelessColumns) {
            notes.add(nameless.describe() + " Choose a field for it above (such as Notes), or give it a heading "
                    + "in the first row, or delete the column if its text is not needed.");
        }
        return notes;
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
