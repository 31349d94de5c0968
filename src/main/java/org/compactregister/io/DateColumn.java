package org.compactregister.io;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.compactregister.model.FormField;
import org.compactregister.model.UkDate;

/**
 * What a whole date column says about its order. Dates are judged per column, not per cell: one cell
 * that can only be month first ({@code 2/13/2025}) makes the column month first, one that can only be
 * day first makes it day first; a column holding both cannot be trusted; a column whose all-number
 * dates could be read either way must be confirmed by the user before anything is stored.
 *
 * @param column the column's name in the header
 * @param ambiguous the first cell that reads as two dates, if any
 * @param dayFirstOnly the first cell that can only be day first, if any
 * @param monthFirstOnly the first cell that can only be month first, if any
 */
public record DateColumn(FormField field, String column, Optional<Cell> ambiguous, Optional<Cell> dayFirstOnly,
                         Optional<Cell> monthFirstOnly) {

    /** A cell of the column: its line in the file and its text. */
    public record Cell(long line, String text) {
    }

    /** True when the column's dates could be day first or month first and nothing in it says which. */
    public boolean needsConfirming() {
        return ambiguous.isPresent() && dayFirstOnly.isEmpty() && monthFirstOnly.isEmpty();
    }

    /** True when some cells can only be day first and others only month first. */
    public boolean isMixed() {
        return dayFirstOnly.isPresent() && monthFirstOnly.isPresent();
    }

    /** The order the column itself shows (day first when no cell is ambiguous); empty when it must be confirmed or is mixed. */
    public Optional<DateOrder> judged() {
        if (isMixed() || needsConfirming()) {
            return Optional.empty();
        }
        return Optional.of(monthFirstOnly.isPresent() ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST);
    }

    /** The question for the user: "The Date column: 03/02/2025 (line 2) is 3 February 2025 day first, or 2 March 2025 month first." */
    public String question() {
        Cell cell = ambiguous.orElseThrow();
        UkDate.Reading reading = SpreadsheetDate.read(cell.text());
        return "The " + column + " column (" + field.label() + "): " + cell.text() + " on line " + cell.line()
                + " is " + UkDate.formatLong(reading.dayFirst().orElseThrow()) + " if the day comes first, or "
                + UkDate.formatLong(reading.monthFirst().orElseThrow()) + " if the month comes first.";
    }

    /** Why the column is read month first, for the report: "…month first: 2/13/2025 on line 5 can only be month first." */
    public Optional<String> judgement() {
        if (monthFirstOnly.isEmpty() || isMixed() || ambiguous.isEmpty()) {
            return Optional.empty();
        }
        Cell cell = monthFirstOnly.get();
        return Optional.of("The " + column + " column is read month first: " + cell.text() + " on line " + cell.line()
                + " can only be month first.");
    }

    /** The refusal for a mixed column, naming a cell of each kind. */
    public String mixedMessage() {
        Cell day = dayFirstOnly.orElseThrow();
        Cell month = monthFirstOnly.orElseThrow();
        return "The " + column + " column mixes day-first and month-first dates: " + day.text() + " on line "
                + day.line() + " can only be day first, " + month.text() + " on line " + month.line()
                + " only month first, so none of its dates can be trusted. Correct the column in the spreadsheet "
                + "(or write the dates like 3 Feb 2025) and import the file again. Nothing was imported.";
    }

    /**
     * Why the column cannot be read in the order the user gave it ({@code --dates}, the import
     * window's answer, or the order its heading states): a cell that can only be read the other way;
     * empty when there is none, or no order was given.
     */
    public Optional<String> conflictWith(Optional<DateOrder> given) {
        if (given.isEmpty() || isMixed()) {
            return Optional.empty();
        }
        Optional<Cell> against = given.get() == DateOrder.DAY_FIRST ? monthFirstOnly : dayFirstOnly;
        return against.map(cell -> "The " + column + " column was to be read " + words(given.get()) + ", but "
                + cell.text() + " on line " + cell.line() + " can only be " + words(other(given.get()))
                + ", so the column's other dates could be read wrongly. Correct that date in the spreadsheet (or "
                + "write the dates like 3 Feb 2025) and import the file again. Nothing was imported.");
    }

    /**
     * Why two date columns of one file cannot both be trusted: one shows only day-first dates and the
     * other only month-first ones (a spreadsheet writes its dates one way); empty when they agree.
     */
    public static Optional<String> disagreement(Collection<DateColumn> columns) {
        Optional<DateColumn> dayFirst = columns.stream()
                .filter(c -> c.dayFirstOnly.isPresent() && c.monthFirstOnly.isEmpty()).findFirst();
        Optional<DateColumn> monthFirst = columns.stream()
                .filter(c -> c.monthFirstOnly.isPresent() && c.dayFirstOnly.isEmpty()).findFirst();
        if (dayFirst.isEmpty() || monthFirst.isEmpty()) {
            return Optional.empty();
        }
        Cell day = dayFirst.get().dayFirstOnly.orElseThrow();
        Cell month = monthFirst.get().monthFirstOnly.orElseThrow();
        return Optional.of("The " + monthFirst.get().column + " column has " + month.text() + " on line " + month.line()
                + ", which can only be month first, and the " + dayFirst.get().column + " column has " + day.text()
                + " on line " + day.line() + ", which can only be day first. A spreadsheet writes all its dates one "
                + "way, so some of these dates would be read wrongly. Correct them in the spreadsheet (or write the "
                + "dates like 3 Feb 2025) and import the file again. Nothing was imported.");
    }

    private static String words(DateOrder order) {
        return order == DateOrder.DAY_FIRST ? "day first" : "month first";
    }

    private static DateOrder other(DateOrder order) {
        return order == DateOrder.DAY_FIRST ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
    }

    /** The column with one more cell taken into account. */
    DateColumn with(long line, String text) {
        UkDate.Reading reading = SpreadsheetDate.read(text);
        Cell cell = new Cell(line, text.strip());
        if (reading.isAmbiguous()) {
            return ambiguous.isPresent() ? this : new DateColumn(field, column, Optional.of(cell), dayFirstOnly, monthFirstOnly);
        }
        Optional<LocalDate> day = reading.dayFirst();
        Optional<LocalDate> month = reading.monthFirst();
        if (day.isPresent() && month.isEmpty() && dayFirstOnly.isEmpty()) {
            return new DateColumn(field, column, ambiguous, Optional.of(cell), monthFirstOnly);
        }
        if (month.isPresent() && day.isEmpty() && monthFirstOnly.isEmpty()) {
            return new DateColumn(field, column, ambiguous, dayFirstOnly, Optional.of(cell));
        }
        return this;
    }
}
