package org.compactregister.io;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.compactregister.model.RegisterPage;
import org.compactregister.model.RegisterQuery;
import org.compactregister.service.Services;

/**
 * Times the register's search keystroke by keystroke, as the window asks it (the first page of rows
 * and the count of all matches). {@code SearchLatency /tmp/big/register} prints the figures for an
 * existing register; {@link RegisterBenchmark} calls {@link #keystrokes} on its own.
 */
public final class SearchLatency {

    private SearchLatency() {
    }

    /**
     * Each keystroke of {@code typed} (one letter, two, ... the whole), {@code rounds} times after two
     * rounds of warming up; returns the nanoseconds of each.
     */
    static List<Long> keystrokes(Services services, String typed, int rounds) {
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < rounds + 2; round++) {
            for (int length = 1; length <= typed.length(); length++) {
                long start = System.nanoTime();
                RegisterPage page = services.register().search(RegisterQuery.everything()
                        .withSearchText(typed.substring(0, length)));
                long took = System.nanoTime() - start;
                if (page.totalMatching() < 0) {
                    throw new IllegalStateException();
                }
                if (round >= 2) {
                    times.add(took);
                }
            }
        }
        return times;
    }

    static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1_000_000.0;
    }

    public static void main(String[] args) {
        try (Services services = Services.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            long start = System.nanoTime();
            services.register().prepareSearch();
            System.out.printf(Locale.UK, "index built in %.0f ms%n", (System.nanoTime() - start) / 1e6);
            for (String typed : args.length > 1 ? List.of(args).subList(1, args.length)
                    : List.of("brambleford food", "cester", "leicster")) {
                List<Long> times = keystrokes(services, typed, 7);
                System.out.printf(Locale.UK, "%-20s median %.2f ms, p95 %.2f ms, max %.2f ms%n", typed,
                        percentile(times, 50), percentile(times, 95), percentile(times, 100));
                for (int length = 1; length <= typed.length(); length++) {
                    String part = typed.substring(0, length);
                    var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                    long t0 = System.nanoTime();
                    long c0 = cpu.getCurrentThreadCpuTime();
                    RegisterPage page = services.register().search(RegisterQuery.everything().withSearchText(part));
                    long c1 = cpu.getCurrentThreadCpuTime();
                    services.register().search(RegisterQuery.everything().withSearchText(part).withLimit(1));
                    long c2 = cpu.getCurrentThreadCpuTime();
                    System.out.printf(Locale.UK, "  %-18s %,7d found %.2f ms (cpu %.2f ms; with one row %.2f ms)%n",
                            part, page.totalMatching(), (System.nanoTime() - t0) / 1e6, (c1 - c0) / 1e6,
                            (c2 - c1) / 1e6);
                }
            }
        }
    }
}
