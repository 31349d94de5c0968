package org.compactregister.io;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compactregister.model.UkDate;

/**
 * A date cell as spreadsheets leave it: any way {@link UkDate} reads, or an Excel serial day number
 * (45691 is 3 February 2025; a fraction after it is the time, ignored) when a date cell was saved as
 * a number; out of Excel's text-forcing formula ({@code ="03/02/2025"}) when an export put it in one.
 */
final class SpreadsheetDate {

    /** Five digits: the serials of 1927 to 2173, which covers every date a Compact was signed. */
    private static final Pattern SERIAL = Pattern.compile("^(\\d{5})(?:\\.\\d+)?$");

    private SpreadsheetDate() {
    }

    static UkDate.Reading read(String typed) {
        String cell = RowReading.unneutralise(typed);
        Matcher serial = SERIAL.matcher(cell.strip());
        if (serial.matches()) {
            LocalDate date = fromExcelSerial(Long.parseLong(serial.group(1)));
            return new UkDate.Reading(Optional.of(date), Optional.of(date));
        }
        return UkDate.read(cell);
    }

    /**
     * The date of an Excel serial day number. Excel counts 1 January 1900 as day 1 and, as Lotus 1-2-3
     * did, takes 1900 for a leap year: day 60 is a 29 February 1900 that never was, so from day 61 on
     * the count runs from 30 December 1899.
     *
     * @throws IllegalArgumentException for day 60 or a serial below 1
     */
    static LocalDate fromExcelSerial(long serial) {
        if (serial < 1 || serial == 60) {
            throw new IllegalArgumentException("Excel day " + serial + " is not a date");
        }
        LocalDate base = serial < 60 ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
        return base.plusDays(serial);
    }
}
