package org.compactregister.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people in a UK office write them: 24/11/2026, 24-11-26, 24.11.2026, 24 Nov 2026,
 * 24 November 2026, and ISO 2026-11-24. Never month first.
 */
public final class UkDate {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"),
            twoDigitYear("d/M/"), twoDigitYear("d-M-"), twoDigitYear("d.M."),
            strict("d MMM uuuu"), strict("d MMMM uuuu"), strict("d MMM, uuuu"), strict("d MMMM, uuuu"));

    private UkDate() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    private static DateTimeFormatter twoDigitYear(String prefix) {
        return new DateTimeFormatterBuilder().appendPattern(prefix)
                .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
                .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date written in {@code text}, or empty when it is not a date in any of the accepted ways. */
    public static Optional<LocalDate> parse(String text) {
        String typed = Text.clean(text);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        // Java writes September short as "Sept" in a UK locale; people write both.
        String sep = typed.replaceAll("(?i)\\bsept\\b", "Sep");
        for (String candidate : List.of(typed, sep, sep.replaceAll("(?i)\\bsep\\b", "Sept"))) {
            for (DateTimeFormatter format : READ) {
                try {
                    return Optional.of(LocalDate.parse(candidate, format));
                } catch (DateTimeException notThisOne) {
                    // try the next way of writing it
                }
            }
        }
        return Optional.empty();
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
