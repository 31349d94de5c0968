package org.compactregister.list;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.SignatoryListFilter;
import org.compactregister.model.SignatoryListOrder;
import org.compactregister.persistence.SignatoryRepository;
import org.compactregister.service.Progress;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.Services;

/**
 * How long a list of 10,000 signatories takes to lay out as PDF (public, grouped; internal,
 * landscape) and to write as CSV, with the heap it needs: the median of several runs after a
 * warm-up, and the peak of the heap pools during the runs (garbage not yet collected included:
 * run with {@code -Xmx256m} to see that it fits in a small heap). The raw baseline is streaming
 * the same rows out of the database and doing nothing with them.
 *
 * <p>Run on purpose (surefire skips it):
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.compactregister.list.SignatoryListBenchmark [count] [runs]
 * </pre>
 */
public final class SignatoryListBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    private SignatoryListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (Map.Entry<String, Double> figure : run(count, runs).entrySet()) {
            System.out.printf("%-44s %10.1f%n", figure.getKey(), figure.getValue());
        }
    }

    /**
     * Runs the benchmark on a fresh register of {@code count} fictional signatories in a
     * temporary folder, and returns the figures by name (milliseconds, megabytes, pages, ratios),
     * for the combined benchmark suite.
     */
    public static Map<String, Double> run(int count, int runs) throws Exception {
        Path dir = Files.createTempDirectory("list-benchmark");
        Map<String, Double> figures = new LinkedHashMap<>();
        try (Services services = Services.open(dir.resolve("register"), CLOCK)) {
            List<CommitmentForm> forms = new SampleSignatories(42L, LocalDate.now(CLOCK)).forms(count);
            new SignatoryRepository(services.database().jdbi()).addAll(forms, CLOCK.instant());
            SignatoryListService lists = new SignatoryListService(services);
            var query = new org.compactregister.persistence.SignatoryListQuery(services.database().jdbi());
            SignatoryList publicList = new SignatoryList(SignatoryListKind.PUBLIC, SignatoryListFilter.current(),
                    SignatoryListOrder.BY_SECTOR);
            SignatoryList internal = new SignatoryList(SignatoryListKind.INTERNAL, SignatoryListFilter.current(),
                    SignatoryListOrder.BY_ORGANISATION);
            figures.put("signatories", (double) count);
            double read = measure(runs, () -> query.forEach(SignatoryListFilter.current(),
                    SignatoryListOrder.BY_SECTOR, s -> { }), figures, "read rows only (baseline)");
            double pdf = measure(runs, () -> lists.writePdf(publicList, OutputStream.nullOutputStream(), Progress.NONE),
                    figures, "public list PDF, grouped");
            measure(runs, () -> lists.writePdf(internal, OutputStream.nullOutputStream(), Progress.NONE),
                    figures, "internal list PDF, landscape");
            double csv = measure(runs, () -> lists.writeCsv(internal, OutputStream.nullOutputStream(), Progress.NONE),
                    figures, "internal list CSV");
            figures.put("public PDF / baseline (ratio)", pdf / read);
            figures.put("internal CSV / baseline (ratio)", csv / read);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            lists.writePdf(publicList, out, Progress.NONE);
            figures.put("public list PDF size (KB)", out.size() / 1024.0);
            figures.put("public list pages", (double) new org.compactregister.pdf.PdfPages(out.toByteArray(), "the list").pageCount());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return figures;
    }

    private static double measure(int runs, Runnable work, Map<String, Double> figures, String name) {
        work.run();
        double[] times = new double[runs];
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
            peak = Math.max(peak, peakHeap());
        }
        Arrays.sort(times);
        double median = times[runs / 2];
        figures.put(name + ": median ms", median);
        figures.put(name + ": peak heap MB", peak / 1e6);
        return median;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        List<Long> peaks = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peaks.add(pool.getPeakUsage().getUsed());
            }
        }
        return peaks.stream().mapToLong(Long::longValue).sum();
    }
}
