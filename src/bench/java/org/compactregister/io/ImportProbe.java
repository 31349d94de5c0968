package org.compactregister.io;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;

/**
 * Run in its own JVM (with {@code -Xmx256m}) by {@link RegisterBenchmark}: imports a CSV file into
 * the register at the given path, every check and the duplicate rule included, and prints
 * "import MILLIS READ IMPORTED REFUSED PEAK_HEAP_BYTES".
 */
public final class ImportProbe {

    private ImportProbe() {
    }

    public static void main(String[] args) {
        Path database = Path.of(args[0]);
        Path csv = Path.of(args[1]);
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            long start = System.nanoTime();
            ImportReport report = new CsvImportService(services).importFile(csv, false, Progress.NONE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("import %d %d %d %d %d%n", millis, report.rowsRead(), report.imported(),
                    report.refused().size(), peakHeapBytes());
        }
    }

    /** The most heap this JVM has held at once, over all its heap pools. */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
