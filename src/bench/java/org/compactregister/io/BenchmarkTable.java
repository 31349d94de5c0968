package org.compactregister.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark suite's table: each measure, the register's figure, the raw baseline and their ratio. */
final class BenchmarkTable {

    private final List<String[]> rows = new ArrayList<>();

    /** A timed measure; {@code baselineMillis} null when it has none. */
    void time(String what, double millis, Double baselineMillis) {
        rows.add(new String[] {what, ms(millis), baselineMillis == null ? "—" : ms(baselineMillis),
            baselineMillis == null ? "—" : ratio(millis, baselineMillis)});
    }

    /** A size in bytes, against a baseline size. */
    void size(String what, long bytes, long baselineBytes) {
        rows.add(new String[] {what, mb(bytes), mb(baselineBytes), ratio(bytes, baselineBytes)});
    }

    /** A figure written out already, with its baseline and ratio (or "—"). */
    void text(String what, String value, String baseline, String ratio) {
        rows.add(new String[] {what, value, baseline, ratio});
    }

    static String ratio(double value, double baseline) {
        return String.format(Locale.UK, "%.2f×", value / Math.max(baseline, 0.001));
    }

    static String mb(long bytes) {
        return String.format(Locale.UK, "%,.1f MB", bytes / 1e6);
    }

    static String ms(double millis) {
        return millis >= 1000 ? String.format(Locale.UK, "%,.2f s", millis / 1000)
                : String.format(Locale.UK, "%,.2f ms", millis);
    }

    void print(String title) {
        String format = "| %-70s | %-16s | %-16s | %-8s |%n";
        System.out.println();
        System.out.printf(format, title, "Register", "Raw baseline", "Ratio");
        System.out.printf(format, "-".repeat(70), "-".repeat(16), "-".repeat(16), "-".repeat(8));
        for (String[] row : rows) {
            System.out.printf(format, (Object[]) row);
        }
        System.out.println();
    }
}
