package org.compactregister.io;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;

/**
 * Run in its own JVM (with {@code -Xmx256m}) by {@link RegisterBenchmark}: imports a CSV file into
 * the register at the given path, every check and the duplicate rule included, and prints
 * "import MILLIS READ IMPORTED REFUSED PEAK_HEAP_BYTES" (the most heap in use at once, sampled every
 * 5 ms while it ran).
 */
public final class ImportProbe {

    private ImportProbe() {
    }

    public static void main(String[] args) {
        Path database = Path.of(args[0]);
        Path csv = Path.of(args[1]);
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            long start = System.nanoTime();
            ImportReport report = new CsvImportService(services).importFile(csv, false, Progress.NONE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            sampler.interrupt();
            System.out.printf("import %d %d %d %d %d%n", millis, report.rowsRead(), report.imported(),
                    report.refused().size(), peak.get());
        }
    }
}
