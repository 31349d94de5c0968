package org.compactregister.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.compactregister.model.FileSize;
import org.compactregister.model.Scan;
import org.compactregister.model.Signatory;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;

/**
 * Attaches a 100 MB PDF and a 300-page PDF to a signatory, reads each back, and prints the time
 * and the peak heap. Not a test: run it on purpose with a small heap, for example
 * {@code java -Xmx256m -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.compactregister.scan.ScanAttachBenchmark}.
 */
public final class ScanAttachBenchmark {

    private static final int RUNS = 5;

    private ScanAttachBenchmark() {
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("scan-benchmark-");
        Path big = scannedPdf(dir.resolve("100 MB scan.pdf"), 100L * 1024 * 1024, 1000, 1240, 1754);
        Path many = scannedPdf(dir.resolve("300 pages.pdf"), 0, 300, 620, 877);
        report("made", big);
        report("made", many);
        try (Services services = ScanTestRegister.open(dir)) {
            services.settings().put(ScanService.MAX_MEGABYTES, "200");
            Signatory signatory = ScanTestRegister.addSignatory(services, 0);
            ScanService scans = new ScanService(services);
            for (Path file : List.of(big, many)) {
                long[] copyTimes = new long[RUNS];
                for (int run = 0; run < RUNS; run++) {
                    Path raw = dir.resolve("raw-" + file.getFileName());
                    long start = System.nanoTime();
                    Files.copy(file, raw);
                    copyTimes[run] = (System.nanoTime() - start) / 1_000_000;
                    Files.delete(raw);
                }
                long[] attachTimes = new long[RUNS];
                long[] readTimes = new long[RUNS];
                long worstPeak = 0;
                for (int run = 1; run <= RUNS; run++) {
                    System.gc();
                    HeapSampler heap = HeapSampler.begin();
                    long start = System.nanoTime();
                    AttachReport attached = scans.attach(signatory.id(), List.of(file), Progress.NONE);
                    long attachMs = (System.nanoTime() - start) / 1_000_000;
                    if (attached.attached().isEmpty()) {
                        System.out.println(attached.describe());
                        return;
                    }
                    Scan scan = attached.attached().get(0);
                    start = System.nanoTime();
                    Path copy = dir.resolve("copy-" + file.getFileName());
                    scans.saveCopy(scan, copy);
                    long readMs = (System.nanoTime() - start) / 1_000_000;
                    long peak = heap.finish();
                    attachTimes[run - 1] = attachMs;
                    readTimes[run - 1] = readMs;
                    worstPeak = Math.max(worstPeak, peak);
                    System.out.printf("%-18s run %d: %s, %d pages; attach %,d ms, read back %,d ms; peak heap %s of %s max; "
                                    + "same bytes: %b%n", file.getFileName(), run, FileSize.describe(scan.sizeBytes()),
                            scan.pageCount(), attachMs, readMs, FileSize.describe(peak),
                            FileSize.describe(Runtime.getRuntime().maxMemory()),
                            ScanInspector.sha256(copy).equals(scan.sha256()));
                    scans.remove(scan);
                    Files.delete(copy);
                }
                System.out.printf("%-18s median of %d: attach %,d ms, read back %,d ms; raw file copy %,d ms (attach is %.1f×, "
                                + "read back %.1f× the raw copy); highest heap in use %s (garbage included) with -Xmx %s%n",
                        file.getFileName(), RUNS, median(attachTimes), median(readTimes), median(copyTimes),
                        median(attachTimes) / (double) Math.max(1, median(copyTimes)),
                        median(readTimes) / (double) Math.max(1, median(copyTimes)),
                        FileSize.describe(worstPeak), FileSize.describe(Runtime.getRuntime().maxMemory()));
            }
        }
    }

    /** A PDF of A4 pages, each a noisy JPEG like a colour scan; pages are added until {@code bytes} is reached (if given). */
    public static Path scannedPdf(Path file, long bytes, int maxPages, int width, int height) throws IOException {
        byte[] jpeg = noisyJpeg(width, height);
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            long written = 0;
            for (int page = 0; page < maxPages && (bytes == 0 || written < bytes); page++) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                document.addPage(pdfPage);
                PDImageXObject image = JPEGFactory.createFromByteArray(document, jpeg);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
                written += jpeg.length;
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static byte[] noisyJpeg(int width, int height) throws IOException {
        BufferedImage image = ScanFiles.page(width, height, "Commitment form (benchmark)");
        Random random = new Random(42);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int grey = 200 + random.nextInt(56);
                if ((image.getRGB(x, y) & 0xFF) > 128) {
                    image.setRGB(x, y, (grey << 16) | (random.nextInt(256) << 8) | grey);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static void report(String what, Path file) throws IOException {
        System.out.printf("%s %s: %s%n", what, file.getFileName(), FileSize.describe(Files.size(file)));
    }

    /** The most heap in use at once, sampled every millisecond while the work runs. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        static HeapSampler begin() {
            HeapSampler sampler = new HeapSampler();
            sampler.setDaemon(true);
            sampler.start();
            return sampler;
        }

        @Override
        public void run() {
            Runtime runtime = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() {
            running = false;
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak;
        }
    }
}
