package org.compactregister.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import org.apache.pdfbox.cos.COSName;
import org.compactregister.model.Scan;
import org.compactregister.model.Signatory;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Office scanners' PDFs: JBIG2 and JPEG 2000 pages are drawn, and a page that cannot be drawn is refused, named. */
class OfficeScannerPdfsTest {

    @TempDir
    Path dir;
    private Services services;
    private ScanService scans;
    private Signatory signatory;

    @BeforeEach
    void open() {
        services = ScanTestRegister.open(dir);
        scans = new ScanService(services);
        signatory = ScanTestRegister.addSignatory(services, 0);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFieldCasesJbig2AndJpeg2000AreKeptAndTheirPagesShowTheForm() throws IOException {
        for (String name : List.of("F13-office-scanner-jbig2.pdf", "F15-scanner-jpeg2000.pdf")) {
            Path file = FieldCases.copy(name, dir);

            Scan scan = scans.attachOne(signatory.id(), file).attached().get(0);

            assertEquals(1, scan.pageCount(), name);
            assertTrue(darkShare(scans.list(signatory.id()).stream().filter(l -> l.scan().id() == scan.id())
                    .findFirst().orElseThrow().thumbnail()) > 0.002, name + ": the thumbnail shows the form");
            try (ScanPages pages = scans.openPages(scan)) {
                assertTrue(darkShare(pages.renderToWidth(0, 600)) > 0.002, name + ": the page shows the form");
            }
        }
    }

    @Test
    void pdfsWithJpeg2000AndJbig2PicturesBuiltHereAreDrawnWithTheFormWhereItIs() throws IOException {
        Path pdf = ScannerPdfs.pdf(dir.resolve("scanner.pdf"), List.of(
                ScannerPdfs.jpeg2000(620, 877, false),
                ScannerPdfs.jpeg2000(400, 566, true),
                ScannerPdfs.jbig2(1240, 1754)));

        AttachReport report = scans.attach(signatory.id(), List.of(pdf), Progress.NONE);

        assertEquals(List.of(), report.refused());
        Scan scan = report.attached().get(0);
        assertEquals(3, scan.pageCount());
        try (ScanPages pages = scans.openPages(scan)) {
            for (int page = 0; page < 3; page++) {
                BufferedImage drawn = pages.renderToWidth(page, 400);
                assertTrue(isDark(drawn, 0.25, 0.25), "page " + (page + 1) + ": the black block is in the top-left");
                assertTrue(!isDark(drawn, 0.75, 0.25), "page " + (page + 1) + ": and white beside it");
                assertTrue(!isDark(drawn, 0.05, 0.05), "page " + (page + 1) + ": white in the margin");
            }
        }
    }

    @Test
    void aPageWhosePictureCannotBeDecodedIsRefusedNamingTheFileThePageAndTheCoding() {
        Path jpx = ScannerPdfs.pdf(dir.resolve("three-pages.pdf"), List.of(
                ScannerPdfs.jpeg2000(300, 424, false),
                ScannerPdfs.damaged(COSName.JPX_DECODE, 300, 424),
                ScannerPdfs.jpeg2000(300, 424, false)));
        Path jbig2 = ScannerPdfs.pdf(dir.resolve("fax.pdf"), List.of(ScannerPdfs.damaged(COSName.JBIG2_DECODE, 1240, 1754)));

        AttachReport report = scans.attach(signatory.id(), List.of(jpx, jbig2), Progress.NONE);

        assertEquals(List.of(), report.attached());
        assertEquals(0, scans.count(signatory.id()), "no blank pages are kept");
        ScanRefusedException first = report.refused().get(0);
        assertEquals("three-pages.pdf", first.fileName());
        assertTrue(first.reason().startsWith("page 2 cannot be drawn: its JPEG 2000 picture cannot be read"), first.reason());
        ScanRefusedException second = report.refused().get(1);
        assertTrue(second.reason().startsWith("page 1 cannot be drawn: its JBIG2 picture cannot be read"), second.reason());
        assertTrue(report.describe().contains("• three-pages.pdf: page 2 cannot be drawn"), report.describe());
        assertTrue(!report.describe().contains("attached."), "never \"1 scan attached\"");
    }

    @Test
    void withoutItsDecoderAJpeg2000ScanIsRefusedNotKeptBlank() throws IOException {
        Path file = FieldCases.copy("F15-scanner-jpeg2000.pdf", dir);
        IIORegistry registry = IIORegistry.getDefaultInstance();
        List<ImageReaderSpi> decoders = jpeg2000Decoders(registry);
        decoders.forEach(decoder -> registry.deregisterServiceProvider(decoder, ImageReaderSpi.class));
        try {
            AttachReport report = scans.attach(signatory.id(), List.of(file), Progress.NONE);

            assertEquals(List.of(), report.attached());
            assertTrue(report.refused().get(0).reason().startsWith("page 1 cannot be drawn: its JPEG 2000 picture"),
                    report.refused().get(0).reason());
        } finally {
            decoders.forEach(decoder -> registry.registerServiceProvider(decoder, ImageReaderSpi.class));
        }
        assertEquals(1, scans.attachOne(signatory.id(), file).attached().size(), "with the decoder back it is kept");
    }

    @Test
    void aKeptPageThatCannotBeDrawnSaysSoInsteadOfShowingBlank() throws IOException {
        Path good = ScannerPdfs.pdf(dir.resolve("good.pdf"), List.of(ScannerPdfs.jpeg2000(300, 424, false)));
        Scan scan = scans.attachOne(signatory.id(), good).attached().get(0);
        Path broken = ScannerPdfs.pdf(dir.resolve("broken.pdf"), List.of(ScannerPdfs.damaged(COSName.JPX_DECODE, 300, 424)));

        try (ScanPages pages = ScanRenderer.open(broken, scan.mediaType())) {
            PageNotDrawnException problem = assertThrows(PageNotDrawnException.class,
                    () -> pages.renderToWidth(0, 300));
            assertEquals(1, problem.pageNumber());
            assertEquals("Its JPEG 2000 picture cannot be read, so the page would show blank.", problem.getMessage());
        }
        assertTrue(Files.exists(good));
    }

    private static List<ImageReaderSpi> jpeg2000Decoders(IIORegistry registry) {
        List<ImageReaderSpi> found = new ArrayList<>();
        registry.getServiceProviders(ImageReaderSpi.class, true).forEachRemaining(spi -> {
            if (List.of(spi.getFormatNames()).stream().anyMatch(name -> name.equalsIgnoreCase("jpeg2000"))) {
                found.add(spi);
            }
        });
        assertTrue(!found.isEmpty(), "a JPEG 2000 decoder is on the class path");
        return found;
    }

    /** The share of pixels that are dark (a blank page has none). */
    static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (brightness(image.getRGB(x, y)) < 100) {
                    dark++;
                }
            }
        }
        return dark / (double) (image.getWidth() * image.getHeight());
    }

    /** Whether the pixel at the given fractions of the width and height is dark. */
    static boolean isDark(BufferedImage image, double across, double down) {
        return brightness(image.getRGB((int) (image.getWidth() * across), (int) (image.getHeight() * down))) < 100;
    }

    private static int brightness(int rgb) {
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }
}
