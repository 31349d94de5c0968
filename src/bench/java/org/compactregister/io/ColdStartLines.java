package org.compactregister.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The suite's cold start line alone, for trying a change to the start-up without the whole suite:
 * {@code ColdStartLines REGISTER [RUNS] [JVM-OPTION...]} starts the real window on the register
 * ({@link ColdStartProbe}) and the bare window ({@link BareWindowProbe}) in turn, each in a JVM of
 * its own, {@code RUNS} times each (5 unless told), and prints every run and the medians (ms since
 * each JVM started). The JVM options (such as {@code -Xlog:class+load}) go to the window's runs only.
 * Run it under {@code xvfb-run}, from a class path made as in the README.
 */
public final class ColdStartLines {

    private ColdStartLines() {
    }

    public static void main(String[] args) throws Exception {
        Path register = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> options = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String shown = ChildRuns.firstLine(options, ColdStartProbe.class.getName(), List.of(register.toString()),
                    "usable ", 300);
            String bareShown = ChildRuns.firstLine(List.of(), BareWindowProbe.class.getName(), List.of(), "usable ", 120);
            System.out.printf("run %d: app %s ms, bare %s ms%n", i + 1, shown, bareShown);
            if (shown != null && bareShown != null) {
                app.add(Long.parseLong(shown) * 1_000_000);
                bare.add(Long.parseLong(bareShown) * 1_000_000);
            }
        }
        if (app.isEmpty()) {
            System.out.println("the window never showed signatories");
            return;
        }
        double appMedian = SearchLatency.percentile(app, 50);
        double bareMedian = SearchLatency.percentile(bare, 50);
        System.out.printf(Locale.UK, "median of %d: app %.0f ms, bare %.0f ms, %.2f×%n", app.size(), appMedian,
                bareMedian, appMedian / bareMedian);
    }
}
