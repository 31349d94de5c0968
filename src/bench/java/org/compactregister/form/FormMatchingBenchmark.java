package org.compactregister.form;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;

/**
 * How long recognising a returned form takes: one page (find our QR code, place the page) at 150,
 * 200 and 300 dpi, as a median over the pages, with a raw baseline measured in the same run (only
 * reading every pixel of the page once, which any reading must do); and a 30-form scanner run (one PDF)
 * read and split. Not a test: run it on purpose,
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.compactregister.form.FormMatchingBenchmark
 * </pre>
 */
public final class FormMatchingBenchmark {

    private static final int PAGES = 12;

    private FormMatchingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("form-benchmark-");
        try (Services services = ScanTestRegister.open(dir)) {
            FormService forms = new FormService(services);
            List<PrintedForm> printed = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                printed.add(forms.formFor(ScanTestRegister.addSignatory(services, n)));
            }
            printed.addAll(forms.newBlankForms(27));
            byte[] pdf = forms.pdf(printed, false, Progress.NONE);
            Map<FormBox, String> writing = Map.of(FormBox.NAME, "Ada Bell", FormBox.TEL, "01632 960555");
            for (float dpi : new float[] {150, 200, 300}) {
                List<BufferedImage> pages = new ArrayList<>();
                for (int i = 0; i < PAGES; i++) {
                    double degrees = (i % 4) * 90 + (i % 3 - 1) * 2.5;
                    pages.add(FormCorpusAccess.scanned(pdf, i % printed.size(), dpi, degrees, writing));
                }
                ReturnedForms.find(pages.get(0)); // warm up
                long[] match = new long[PAGES];
                long[] raw = new long[PAGES];
                int found = 0;
                long sink = 0;
                for (int i = 0; i < PAGES; i++) {
                    long start = System.nanoTime();
                    sink += rawPass(pages.get(i));
                    raw[i] = System.nanoTime() - start;
                    start = System.nanoTime();
                    found += ReturnedForms.find(pages.get(i)).isPresent() ? 1 : 0;
                    match[i] = System.nanoTime() - start;
                }
                double medianMatch = median(match) / 1e6;
                double medianRaw = median(raw) / 1e6;
                System.out.printf("%.0f dpi: match one page median %.1f ms (max %.1f ms); raw baseline (one pass over the pixels) %.1f ms; "
                                + "ratio %.1f; matched %d of %d%n", dpi, medianMatch,
                        Arrays.stream(match).max().orElse(0) / 1e6, medianRaw, medianMatch / medianRaw, found, PAGES);
                if (sink == 42) {
                    System.out.println();
                }
            }
            List<BufferedImage> run = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                run.add(FormCorpusAccess.scanned(pdf, i, 200, i % 2 == 0 ? 0.7 : 180 - 1.2, writing));
            }
            Path runFile = dir.resolve("scanner run of 30.pdf");
            ScannerRuns.pdf(run, runFile);
            ReturnedForms reader = new ReturnedForms(forms);
            long start = System.nanoTime();
            InboxMatch match = reader.read(runFile, Progress.NONE);
            long read = System.nanoTime() - start;
            start = System.nanoTime();
            List<Path> parts = FormSplitter.split(match);
            long split = System.nanoTime() - start;
            System.out.printf("30-form scanner run (%d KB): read %.2f s (%.0f ms a page), %d forms found, split into %d files in %.2f s%n",
                    Files.size(dir.resolve(FormSplitter.SPLIT_FOLDER).resolve(runFile.getFileName())) / 1024,
                    read / 1e9, read / 1e6 / 30, match.forms().size(), parts.size(), split / 1e9);
        }
    }

    /** The raw baseline: reading every pixel of the page once (the least any reading of it costs). */
    private static long rawPass(BufferedImage page) {
        long sum = 0;
        var raster = page.getRaster();
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            raster.getSamples(0, y, page.getWidth(), 1, 0, row);
            for (int v : row) {
                sum += v;
            }
        }
        return sum;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
