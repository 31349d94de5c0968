package org.compactregister.letter;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.CommitmentForm;
import org.compactregister.persistence.SignatoryRepository;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;

/**
 * How long the register takes to make the acknowledgement letters for 1,000 outstanding
 * signatories into one PDF, as "Acknowledge all outstanding" and {@code letters --outstanding}
 * do: read the outstanding signatories, lay out and write every letter, save the file. Prints the
 * median of several runs and the peak heap. Run on purpose (surefire skips it):
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.compactregister.letter.LettersBenchmark [letters] [runs]
 * </pre>
 */
public final class LettersBenchmark {

    /** What one benchmark measured. */
    public record Figures(int letters, int pages, long pdfBytes, double medianSeconds, double fastestSeconds,
                          double peakHeapMegabytes, List<Double> runSeconds) {

        @Override
        public String toString() {
            return String.format("Acknowledgement letters: %d letters, %d pages, %.1f MB PDF; median %.2f s "
                            + "(fastest %.2f s) over %d runs; peak heap %.0f MB",
                    letters, pages, pdfBytes / 1e6, medianSeconds, fastestSeconds, runSeconds.size(),
                    peakHeapMegabytes);
        }
    }

    private LettersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int letters = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        System.out.println(run(letters, runs));
    }

    /**
     * Makes {@code count} letters into one PDF {@code runs} times (after one warm-up run) in a
     * throwaway register of fictional signatories, and returns the figures.
     */
    public static Figures run(int count, int runs) throws Exception {
        Path dir = Files.createTempDirectory("letters-benchmark");
        try (Services services = Services.open(dir.resolve("register"), Clock.systemDefaultZone())) {
            fill(services, count);
            LetterService letters = new LetterService(services);
            Path out = dir.resolve("letters.pdf");
            once(letters, out);
            List<Double> seconds = new ArrayList<>();
            double peak = 0;
            LetterRun last = null;
            for (int i = 0; i < runs; i++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                last = once(letters, out);
                seconds.add((System.nanoTime() - start) / 1e9);
                peak = Math.max(peak, peakHeapMegabytes());
            }
            List<Double> sorted = new ArrayList<>(seconds);
            Collections.sort(sorted);
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            return new Figures(last.letters().size(), last.pages(), Files.size(out), median, sorted.get(0), peak,
                    seconds);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Fills the register with {@code count} fictional signatories. */
    private static void fill(Services services, int count) {
        List<CommitmentForm> forms = new SampleSignatories(42, LocalDate.now()).forms(count);
        new SignatoryRepository(services.database().jdbi()).addAll(forms, Instant.now());
    }

    private static LetterRun once(LetterService letters, Path out) {
        List<AcknowledgementLetter> wanted = letters.lettersFor(letters.outstanding(), letters.today());
        LetterRun run = letters.make(wanted, Progress.NONE);
        if (run.letters().size() != wanted.size()) {
            throw new IllegalStateException(run.refusedInWords());
        }
        letters.savePdf(run.pdf(), out);
        return run;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static double peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }
}
