package org.compactregister.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.compactregister.model.Scan;
import org.compactregister.model.ScanMediaType;
import org.compactregister.model.Signatory;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What phones send: WebP photos (Android's share) are kept and drawn; HEIC and AVIF photos are
 * refused naming the format and how to get a JPEG, never as a misnamed file. The WebP variants under
 * test resources webp/ were made with ImageMagick: lossy (VP8), lossless with transparency (VP8L),
 * and lossy with transparency (VP8X with an alpha chunk).
 */
class PhoneFormatsTest {

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
    void theFieldCaseAndOtherWebpPhotosAreKeptAsWebpWithTheFormShown() throws IOException {
        Path shared = FieldCases.copy("F14-android-share.webp", dir);
        Path lossy = copy("/webp/form-lossy.webp", "form-lossy.webp");
        Path transparent = copy("/webp/form-alpha.webp", "form-alpha.webp");
        Path transparentLossy = copy("/webp/form-alpha-lossy.webp", "form-alpha-lossy.webp");
        Path turned = OrientedPictures.webp(dir.resolve("turned.webp"), 6);

        AttachReport report = scans.attach(signatory.id(), List.of(shared, lossy, transparent, transparentLossy, turned),
                Progress.NONE);

        assertEquals(List.of(), report.refused());
        assertEquals(5, report.attached().size());
        for (ScanListing listing : scans.list(signatory.id())) {
            Scan scan = listing.scan();
            assertEquals(ScanMediaType.WEBP, scan.mediaType(), scan.fileName());
            assertEquals(1, scan.pageCount());
            assertTrue(OfficeScannerPdfsTest.darkShare(listing.thumbnail()) > 0.002,
                    scan.fileName() + ": the thumbnail shows the form");
        }
        try (ScanPages pages = scans.openPages(report.attached().get(0))) {
            assertEquals(1240, pages.naturalWidth(0));
            assertEquals(1754, pages.naturalHeight(0));
        }
        try (ScanPages pages = scans.openPages(report.attached().get(2))) {
            assertFalse(OfficeScannerPdfsTest.isDark(pages.renderToWidth(0, 300), 0.9, 0.9),
                    "a transparent background is drawn white, not black");
            assertTrue(OfficeScannerPdfsTest.isDark(pages.renderToWidth(0, 300), 0.25, 0.25));
        }
    }

    @Test
    void theFieldCaseHeicIsRefusedNamingTheFormatAndHowToGetAJpeg() {
        Path heic = FieldCases.copy("F14-iphone-photo.heic", dir);

        ScanRefusedException refused = assertThrows(ScanRefusedException.class, () -> scans.attachOne(signatory.id(), heic));

        assertEquals("F14-iphone-photo.heic", refused.fileName());
        assertTrue(refused.reason().startsWith("it is a HEIC photo"), refused.reason());
        assertTrue(refused.reason().contains("Settings > Camera > Formats > Most Compatible"), refused.reason());
        assertTrue(refused.reason().contains("as a JPEG"), refused.reason());
        assertFalse(refused.reason().contains("whatever its name says"), "not told it is misnamed");
        assertEquals(0, scans.count(signatory.id()));
    }

    @Test
    void otherHeifAndAvifHeadersBuiltHereAreNamedByTheirBrand() throws IOException {
        Path heix = Files.write(dir.resolve("burst.heic"), fileType("heix", "mif1", "heix"));
        Path generic = Files.write(dir.resolve("IMG_0042.HEIF"), fileType("mif1", "mif1", "heic"));
        Path avif = Files.write(dir.resolve("photo.avif"), fileType("avif", "mif1", "miaf", "avif"));
        Path video = Files.write(dir.resolve("clip.heic"), fileType("isom", "isom", "mp41"));

        AttachReport report = scans.attach(signatory.id(), List.of(heix, generic, avif, video), Progress.NONE);

        assertEquals(4, report.refused().size());
        assertTrue(report.refused().get(0).reason().startsWith("it is a HEIC photo"), report.refused().get(0).reason());
        assertTrue(report.refused().get(1).reason().startsWith("it is a HEIC photo"), report.refused().get(1).reason());
        assertTrue(report.refused().get(2).reason().startsWith("it is an AVIF photo"), report.refused().get(2).reason());
        assertTrue(report.refused().get(3).reason().contains("not a PDF, PNG, JPEG, TIFF, WebP, BMP or GIF file"),
                "an MP4 video is no photo: " + report.refused().get(3).reason());
    }

    @Test
    void aJpegNamedHeicIsKeptAsTheJpegItIs() {
        Path named = ScanFiles.image(dir.resolve("IMG_0001.HEIC"), "jpeg", 600, 800);

        Scan scan = scans.attachOne(signatory.id(), named).attached().get(0);

        assertEquals(ScanMediaType.JPEG, scan.mediaType());
    }

    @Test
    void aHeicWaitingInTheInboxSaysWhatItIsWhenOpened() {
        Path heic = FieldCases.copy("F14-iphone-photo.heic", dir);

        RefusedException refused = assertThrows(RefusedException.class,
                () -> ScanInbox.openPages(new InboxFile(heic, heic.getFileName().toString(), 35918, Instant.EPOCH)));

        assertTrue(refused.getMessage().startsWith("\"F14-iphone-photo.heic\" cannot be shown: it is a HEIC photo"),
                refused.getMessage());
    }

    private Path copy(String resource, String name) throws IOException {
        return Files.write(dir.resolve(name), OrientedPictures.resource(resource));
    }

    /** The start of an ISO media file: a file-type box with a major brand, a minor version and compatible brands, then padding. */
    private static byte[] fileType(String major, String... compatible) {
        int size = 16 + 4 * compatible.length;
        byte[] bytes = new byte[size + 64];
        bytes[3] = (byte) size;
        System.arraycopy("ftyp".getBytes(StandardCharsets.US_ASCII), 0, bytes, 4, 4);
        System.arraycopy(major.getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 4);
        for (int i = 0; i < compatible.length; i++) {
            System.arraycopy(compatible[i].getBytes(StandardCharsets.US_ASCII), 0, bytes, 16 + 4 * i, 4);
        }
        return bytes;
    }
}
