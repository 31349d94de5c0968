package org.compactregister.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people in a UK office write them, and as spreadsheets rewrite them: 24/11/2026,
 * 24-11-26, 24.11.2026, 2026-11-24, 24 Nov 2026, 24-Nov-26, 24th November 2026, November 24, 2026,
 * in full-width digits or with any dash for the hyphen, with or without a weekday in front (which must then be right) and a time after (which is
 * ignored). A date typed on a form is day first, never month first; {@link #read} also gives the
 * month-first reading of an all-number date, for a spreadsheet whose column shows which it is.
 */
public final class UkDate {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final List<DateTimeFormatter> WITH_MONTH_NAME = List.of(
            strict("d MMM uuuu"), strict("d MMMM uuuu"), twoDigitYear("d MMM "), twoDigitYear("d MMMM "),
            strict("MMM d uuuu"), strict("MMMM d uuuu"), strict("uuuu MMM d"), strict("uuuu MMMM d"));

    private static final Pattern TIME_AFTER = Pattern.compile(
            "(?i)(?:[ T]|,\\s*)(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?\\s*(?:am|pm)?\\s*(?:Z|UTC|GMT|BST|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
            "(?i)^(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\\.?,?\\s+");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(\\d{1,2})(st|nd|rd|th)\\b");
    private static final Pattern ALL_NUMBERS = Pattern.compile("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})$");
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})$");

    /**
     * The ways a written date can be read: day first and month first. A date written with the month's
     * name, or year first, reads the same both ways; {@code 03/02/2025} reads as 3 February or 2 March;
     * {@code 13/02/2025} only day first; {@code 2/13/2025} only month first; text that is no date, neither.
     */
    public record Reading(Optional<LocalDate> dayFirst, Optional<LocalDate> monthFirst) {

        static final Reading NONE = new Reading(Optional.empty(), Optional.empty());

        static Reading both(LocalDate date) {
            return new Reading(Optional.of(date), Optional.of(date));
        }

        public boolean isDate() {
            return dayFirst.isPresent() || monthFirst.isPresent();
        }

        /** True when day first and month first give two different dates. */
        public boolean isAmbiguous() {
            return dayFirst.isPresent() && monthFirst.isPresent() && !dayFirst.equals(monthFirst);
        }
    }

    private UkDate() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter twoDigitYear(String prefix) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(prefix)
                .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
                .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date written in {@code text}, read day first; empty when it is not a date in any accepted way. */
    public static Optional<LocalDate> parse(String text) {
        return read(text).dayFirst();
    }

    /** Every way {@code text} can be read as a date (see {@link Reading}). */
    public static Reading read(String text) {
        String cleaned = Text.clean(Text.foldLookAlikes(text));
        if (isDigitsAndSeparators(cleaned)) {
            // no time after it (that needs a space, T or comma) and no weekday before it (letters)
            return readDate(cleaned);
        }
        String typed = TIME_AFTER.matcher(cleaned).replaceFirst("").strip();
        Matcher weekdayMatch = WEEKDAY_BEFORE.matcher(typed);
        Optional<DayOfWeek> weekday = Optional.empty();
        if (weekdayMatch.find()) {
            weekday = weekdayOf(weekdayMatch.group(1));
            typed = typed.substring(weekdayMatch.end());
        }
        Reading reading = readDate(typed);
        if (weekday.isEmpty()) {
            return reading;
        }
        DayOfWeek day = weekday.get();
        return new Reading(reading.dayFirst().filter(d -> d.getDayOfWeek() == day),
                reading.monthFirst().filter(d -> d.getDayOfWeek() == day));
    }

    /** True for text of digits, slashes, dots and hyphens only, like 24/11/2026 (and for empty text). */
    private static boolean isDigitsAndSeparators(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '/' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static Optional<DayOfWeek> weekdayOf(String start) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT)
                    .startsWith(start.toLowerCase(Locale.ROOT))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static Reading readDate(String typed) {
        if (typed.isEmpty()) {
            return Reading.NONE;
        }
        Matcher numbers = ALL_NUMBERS.matcher(typed);
        if (numbers.matches()) {
            int first = Integer.parseInt(numbers.group(1));
            int second = Integer.parseInt(numbers.group(2));
            int year = year(numbers.group(3));
            return new Reading(date(year, second, first), date(year, first, second));
        }
        Matcher yearFirst = YEAR_FIRST.matcher(typed);
        if (yearFirst.matches()) {
            return date(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)),
                    Integer.parseInt(yearFirst.group(3))).map(Reading::both).orElse(Reading.NONE);
        }
        String words = ORDINAL.matcher(typed).replaceAll("$1")
                .replaceAll("(?i)\\bof\\b", " ")
                .replaceAll("[\\s,/.\\-]+", " ").strip()
                .replaceAll("(?i)\\bsept\\b", "Sep");
        for (String candidate : List.of(words, words.replaceAll("(?i)\\bsep\\b", "Sept"))) {
            for (DateTimeFormatter format : WITH_MONTH_NAME) {
                try {
                    return Reading.both(LocalDate.parse(candidate, format));
                } catch (DateTimeException notThisOne) {
                    // try the next way of writing it
                }
            }
        }
        return Reading.NONE;
    }

    private static int year(String written) {
        int year = Integer.parseInt(written);
        return written.length() == 2 ? (year < 70 ? 2000 + year : 1900 + year) : year;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** 24/11/2026. */
    public static String formatShort(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** 24 November 2026, as letters write it. */
    public static String formatLong(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }
}
