package org.compactregister.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.compactregister.model.Scan;
import org.compactregister.model.ScanMediaType;
import org.compactregister.model.Signatory;
import org.compactregister.service.CancelledException;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.compactregister.model.Engine;
import org.compactregister.persistence.Engines;

@ParameterizedClass
@ArgumentsSource(Engines.class)
class ScanServiceTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;
    private Services services;
    private ScanService scans;
    private Signatory signatory;

    @BeforeEach
    void open() {
        services = ScanTestRegister.open(Engines.register(engine, dir));
        scans = new ScanService(services);
        signatory = ScanTestRegister.addSignatory(services, 0);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aPdfIsKeptWithItsPagesSizeHashAndDateAndReadBackByteForByte() throws IOException {
        Path pdf = ScanFiles.pdf(dir.resolve("form.pdf"), 3);

        AttachReport report = scans.attach(signatory.id(), List.of(pdf), Progress.NONE);

        assertEquals(1, report.attached().size());
        Scan scan = report.attached().get(0);
        assertEquals("form.pdf", scan.fileName());
        assertEquals(ScanMediaType.PDF, scan.mediaType());
        assertEquals(3, scan.pageCount());
        assertEquals(Files.size(pdf), scan.sizeBytes());
        assertEquals(ScanInspector.sha256(pdf), scan.sha256());
        assertEquals(ScanTestRegister.CLOCK.instant(), scan.attachedAt());
        Path copy = dir.resolve("copy.pdf");
        scans.saveCopy(scan, copy);
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(copy));
        List<ScanListing> listed = scans.list(signatory.id());
        assertEquals(List.of(scan), listed.stream().map(ScanListing::scan).toList());
        assertEquals(ScanRenderer.THUMBNAIL_WIDTH, listed.get(0).thumbnail().getWidth());
    }

    @Test
    void imagesAreDetectedByTheirContentAndAMultiPageTiffCountsItsPages() {
        Path tiff = ScanFiles.multiPageTiff(dir.resolve("scanner-output.tif"), 4);
        Path png = ScanFiles.image(dir.resolve("photo.png"), "png", 600, 800);
        Path jpegNamedPng = ScanFiles.image(dir.resolve("really-a-jpeg.png"), "jpeg", 600, 800);

        AttachReport report = scans.attach(signatory.id(), List.of(tiff, png, jpegNamedPng), Progress.NONE);

        assertEquals(List.of(ScanMediaType.TIFF, ScanMediaType.PNG, ScanMediaType.JPEG),
                report.attached().stream().map(Scan::mediaType).toList());
        assertEquals(List.of(4, 1, 1), report.attached().stream().map(Scan::pageCount).toList());
    }

    @Test
    void theSameFileTwiceIsRecognisedAndNotStoredAgain() throws IOException {
        Path pdf = ScanFiles.pdf(dir.resolve("form.pdf"), 1);
        Path sameUnderAnotherName = Files.copy(pdf, dir.resolve("form again.pdf"));
        scans.attachOne(signatory.id(), pdf);

        AttachReport second = scans.attach(signatory.id(), List.of(sameUnderAnotherName), Progress.NONE);

        assertTrue(second.attached().isEmpty());
        assertEquals("form.pdf", second.alreadyThere().get(0).fileName());
        assertEquals(1, scans.count(signatory.id()));
        assertTrue(second.describe().contains("already kept"));
    }

    @Test
    void badFilesAreRefusedWithTheirReasonWhileGoodOnesInTheSameDropAreKept() throws IOException {
        Path good = ScanFiles.pdf(dir.resolve("good.pdf"), 2);
        Path text = ScanFiles.textNamedPdf(dir.resolve("letter.pdf"));
        Path truncated = ScanFiles.truncatedPdf(dir.resolve("half.pdf"));
        Path locked = ScanFiles.passwordPdf(dir.resolve("locked.pdf"));
        Path empty = Files.createFile(dir.resolve("empty.png"));
        Path cutPng = ScanFiles.cut(ScanFiles.image(dir.resolve("whole.png"), "png", 800, 1000),
                dir.resolve("cut.png"), 900);

        AttachReport report = scans.attach(signatory.id(), List.of(text, good, truncated, locked, empty, cutPng),
                Progress.NONE);

        assertEquals(List.of("good.pdf"), report.attached().stream().map(Scan::fileName).toList());
        assertEquals(List.of("letter.pdf", "half.pdf", "locked.pdf", "empty.png", "cut.png"),
                report.refused().stream().map(ScanRefusedException::fileName).toList());
        assertTrue(report.refused().get(0).reason().contains("not a PDF, PNG, JPEG, TIFF, WebP, BMP or GIF"));
        assertTrue(report.refused().get(1).reason().contains("incomplete"));
        assertTrue(report.refused().get(2).reason().contains("password"));
        assertTrue(report.refused().get(3).reason().contains("empty"));
        assertTrue(report.refused().get(4).reason().contains("damaged"));
        assertEquals(1, scans.count(signatory.id()));
        assertTrue(report.describe().contains("• letter.pdf: it is not a PDF"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndTheLimitIsASetting() {
        services.settings().put(ScanService.MAX_MEGABYTES, "1");
        Path big = ScanFiles.image(dir.resolve("big.png"), "png", 10, 10);
        try (var out = Files.newOutputStream(big, StandardOpenOption.APPEND)) {
            out.write(new byte[1024 * 1024 + 1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ScanRefusedException refused = assertThrows(ScanRefusedException.class,
                () -> scans.attachOne(signatory.id(), big));

        assertTrue(refused.getMessage().startsWith("\"big.png\" was not attached: it is 1.0 MB, larger than the limit of 1.0 MB"),
                refused.getMessage());
        assertEquals(0, scans.count(signatory.id()));
    }

    @Test
    void removingAScanLeavesTheOthersAndDeletingTheSignatoryDeletesItsScans() {
        List<Path> files = List.of(ScanFiles.pdf(dir.resolve("a.pdf"), 1), ScanFiles.pdf(dir.resolve("b.pdf"), 2));
        AttachReport report = scans.attach(signatory.id(), files, Progress.NONE);

        scans.remove(report.attached().get(0));
        assertEquals(List.of("b.pdf"), scans.list(signatory.id()).stream().map(l -> l.scan().fileName()).toList());
        assertThrows(RefusedException.class, () -> scans.remove(report.attached().get(0)));

        services.register().delete(services.register().find(signatory.id()).orElseThrow());
        assertEquals(0, scans.count(signatory.id()));
    }

    @Test
    void aScanCannotBeAttachedToASignatoryThatWasDeleted() {
        Path pdf = ScanFiles.pdf(dir.resolve("form.pdf"), 1);
        services.register().delete(signatory);

        RefusedException refused = assertThrows(RefusedException.class, () -> scans.attachOne(signatory.id(), pdf));

        assertTrue(refused.getMessage().contains("no longer in the register"));
    }

    @Test
    void keptPagesAreDrawnForTheViewer() throws IOException {
        Path tiff = ScanFiles.multiPageTiff(dir.resolve("scan.tif"), 2);
        Scan scan = scans.attachOne(signatory.id(), tiff).attached().get(0);

        try (ScanPages pages = scans.openPages(scan)) {
            assertEquals(2, pages.pageCount());
            assertEquals(850, pages.naturalWidth(1));
            var half = pages.render(1, 0.5);
            assertEquals(425, half.getWidth());
            assertEquals(550, half.getHeight());
            assertNotNull(pages.renderToWidth(0, 300));
        }
    }

    @Test
    void cancellingABatchStopsBeforeTheNextFileAndKeepsThoseAlreadyAttached() {
        List<Path> files = List.of(ScanFiles.pdf(dir.resolve("1.pdf"), 1), ScanFiles.pdf(dir.resolve("2.pdf"), 1),
                ScanFiles.pdf(dir.resolve("3.pdf"), 1));
        Progress cancelAfterFirst = new Progress() {
            private long done;

            @Override
            public void update(long done, long total, String message) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done >= 1;
            }
        };

        assertThrows(CancelledException.class,
                () -> scans.attach(signatory.id(), files, cancelAfterFirst));

        assertEquals(List.of("1.pdf"), scans.list(signatory.id()).stream().map(l -> l.scan().fileName()).toList());
    }

    @Test
    void aJpegCutShortIsRefusedAsDamagedAndATiffCutShortAsIncomplete() throws IOException {
        Path jpeg = ScanFiles.image(dir.resolve("whole.jpg"), "jpeg", 1200, 1600);
        Path tiff = ScanFiles.multiPageTiff(dir.resolve("whole.tif"), 3);
        Path cutJpeg = ScanFiles.cut(jpeg, dir.resolve("cut.jpg"), (int) Files.size(jpeg) / 2);
        Path cutTiff = ScanFiles.cut(tiff, dir.resolve("cut.tif"), (int) Files.size(tiff) / 2);

        AttachReport report = scans.attach(signatory.id(), List.of(cutJpeg, cutTiff), Progress.NONE);

        assertEquals(List.of("cut.jpg", "cut.tif"), report.refused().stream().map(ScanRefusedException::fileName).toList());
        assertTrue(report.refused().get(0).reason().contains("damaged or incomplete"), report.refused().get(0).reason());
        assertTrue(report.refused().get(1).reason().startsWith("the TIFF image is incomplete: it stops before the end "
                + "of its pages (perhaps it was still being scanned or copied)"), report.refused().get(1).reason());
        assertEquals(0, scans.count(signatory.id()));
    }
}
