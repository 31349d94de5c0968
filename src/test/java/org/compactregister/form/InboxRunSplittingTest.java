package org.compactregister.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.compactregister.scan.ScanFiles;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.scan.TiffRuns;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanner run of three forms is split into parts that are each matched again: a PDF whose pictures,
 * page size and turn are declared once on its page tree (each part's pages carry them), a TIFF with a
 * page scanned sideways (its part's page is landscape, the picture not stretched), a black-and-white
 * TIFF (its parts stay black and white at the scanner's pixels and page size), and a TIFF still being
 * written, which is not split at all.
 */
class InboxRunSplittingTest {

    @TempDir
    Path dir;
    private Services services;
    private ReturnedForms reader;
    private byte[] forms;
    private Path inbox;

    @BeforeEach
    void open() throws IOException {
        services = ScanTestRegister.open(dir);
        FormService formService = new FormService(services);
        List<PrintedForm> printed = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            printed.add(formService.formFor(ScanTestRegister.addSignatory(services, n)));
        }
        forms = formService.pdf(printed, false, Progress.NONE);
        reader = new ReturnedForms(formService);
        inbox = Files.createDirectories(dir.resolve("inbox"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private BufferedImage scanned(int form, float dpi, double degrees) throws IOException {
        return FormCorpusAccess.scanned(forms, form, dpi, degrees, Map.of());
    }

    /** Splits {@code run}, checks it held forms CS-000001 to 3 and that each part is matched to its own, and returns the parts. */
    private List<Path> splitAndMatchEachPart(Path run) {
        InboxMatch found = reader.read(run, Progress.NONE);
        assertEquals("3 forms in one scan: CS-000001, CS-000002, CS-000003", found.describe());
        List<Path> parts = FormSplitter.split(found);
        assertEquals(3, parts.size());
        for (int i = 0; i < 3; i++) {
            InboxMatch part = reader.read(parts.get(i), Progress.NONE);
            assertTrue(part.describe().startsWith("matched CS-00000" + (i + 1)), parts.get(i) + ": " + part.describe());
        }
        assertTrue(Files.exists(inbox.resolve(FormSplitter.SPLIT_FOLDER).resolve(run.getFileName())));
        return parts;
    }

    /** {@code onEachPage}: the pictures in one resources dictionary every page names, not on the page tree. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aPdfRunWhosePicturesBoxesAndTurnAreOnItsPageTreeIsSplitIntoPartsThatCarryThem(boolean onEachPage)
            throws IOException {
        Path run = inbox.resolve("run.pdf");
        PDRectangle box = new PDRectangle(0, 0, 600, 850);
        try (PDDocument document = new PDDocument()) {
            PDResources shared = new PDResources();
            for (int form = 0; form < 3; form++) {
                PDImageXObject picture = JPEGFactory.createFromImage(document, scanned(form, 100, 0), 0.8f);
                COSName name = shared.add(picture);
                PDPage page = new PDPage();
                page.getCOSObject().removeItem(COSName.MEDIA_BOX);
                document.addPage(page);
                PDStream content = new PDStream(document);
                try (OutputStream out = content.createOutputStream()) {
                    out.write(("q 600 0 0 850 0 0 cm /" + name.getName() + " Do Q").getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(content);
                if (onEachPage) {
                    page.setResources(shared);
                }
            }
            var tree = document.getPages().getCOSObject();
            if (!onEachPage) {
                tree.setItem(COSName.RESOURCES, shared);
            }
            tree.setItem(COSName.MEDIA_BOX, box.getCOSArray());
            tree.setItem(COSName.CROP_BOX, new PDRectangle(10, 10, 580, 830).getCOSArray());
            tree.setInt(COSName.ROTATE, 180);
            document.save(run.toFile());
        }

        for (Path part : splitAndMatchEachPart(run)) {
            try (PDDocument document = Loader.loadPDF(part.toFile())) {
                PDPage page = document.getPage(0);
                assertEquals(180, page.getRotation());
                assertEquals(box.toString(), page.getMediaBox().toString());
                assertEquals(new PDRectangle(10, 10, 580, 830).toString(), page.getCropBox().toString());
                assertEquals(1, page.getResources().getXObjectNames().spliterator().getExactSizeIfKnown(),
                        "only its own form's scan comes with a part");
            }
        }
    }

    @Test
    void aTiffRunWithASidewaysPageIsSplitOntoPagesOfThePicturesOwnShapeAndSize() throws IOException {
        Path run = TiffRuns.write(inbox.resolve("run.tif"), List.of(
                TiffRuns.Page.of(scanned(0, 100, 0), 100),
                TiffRuns.Page.of(scanned(1, 100, 90), 100),
                TiffRuns.Page.of(scanned(2, 100, 0), 100)));

        List<Path> parts = splitAndMatchEachPart(run);

        for (int i = 0; i < 3; i++) {
            BufferedImage page = scanned(i, 100, i == 1 ? 90 : 0);
            try (PDDocument document = Loader.loadPDF(parts.get(i).toFile())) {
                PDRectangle size = document.getPage(0).getMediaBox();
                assertEquals(page.getWidth() * 72f / 100, size.getWidth(), 0.01, "the picture's own width at 100 dpi");
                assertEquals(page.getHeight() * 72f / 100, size.getHeight(), 0.01);
                PDImageXObject image = onlyImage(document.getPage(0));
                assertEquals(page.getWidth(), image.getWidth());
                assertEquals(page.getHeight(), image.getHeight());
            }
        }
        try (PDDocument sideways = Loader.loadPDF(parts.get(1).toFile())) {
            PDRectangle size = sideways.getPage(0).getMediaBox();
            assertTrue(size.getWidth() > size.getHeight(), "a landscape page for the sideways picture");
        }
    }

    @Test
    void aBlackAndWhiteTiffRunIsSplitWithoutLossIntoBlackAndWhiteParts() throws IOException {
        List<BufferedImage> pages = List.of(TiffRuns.blackAndWhite(scanned(0, 150, 0)),
                TiffRuns.blackAndWhite(scanned(1, 150, 0)), TiffRuns.blackAndWhite(scanned(2, 150, 0)));
        Path run = TiffRuns.write(inbox.resolve("run.tif"), List.of(TiffRuns.Page.of(pages.get(0), 150),
                TiffRuns.Page.of(pages.get(1), 150), TiffRuns.Page.of(pages.get(2), 0)));

        List<Path> parts = splitAndMatchEachPart(run);

        for (int i = 0; i < 3; i++) {
            try (PDDocument document = Loader.loadPDF(parts.get(i).toFile())) {
                PDImageXObject image = onlyImage(document.getPage(0));
                assertEquals(1, image.getBitsPerComponent(), "black and white");
                assertEquals(pages.get(i).getWidth(), image.getWidth(), "the scanner's own pixels");
                assertEquals(pages.get(i).getHeight(), image.getHeight());
                BufferedImage back = image.getImage();
                assertEquals(pages.get(i).getRGB(40, 40), back.getRGB(40, 40));
                PDRectangle size = document.getPage(0).getMediaBox();
                float longSide = i < 2 ? pages.get(i).getHeight() * 72f / 150 : PDRectangle.A4.getHeight();
                assertEquals(longSide, size.getHeight(), 0.01, i < 2 ? "its size at 150 dpi" : "A4's length, no resolution given");
                assertEquals(longSide * pages.get(i).getWidth() / pages.get(i).getHeight(), size.getWidth(), 0.01);
            }
        }
    }

    @Test
    void aTiffRunStillBeingWrittenIsNotSplitAndSaysItIsIncomplete() throws IOException {
        TiffRuns.Written whole = TiffRuns.write(inbox.resolve("whole.tif"), List.of(
                TiffRuns.Page.of(scanned(0, 100, 0), 100), TiffRuns.Page.of(scanned(1, 100, 0), 100),
                TiffRuns.Page.of(scanned(2, 100, 0), 100)), java.nio.ByteOrder.LITTLE_ENDIAN, false);
        Path cut = ScanFiles.cut(whole.file(), inbox.resolve("run.tif"), (int) (whole.pixelsAt().get(2) + 1000));
        Files.delete(whole.file());

        InboxMatch found = reader.read(cut, Progress.NONE);

        assertFalse(found.needsSplitting());
        assertEquals("not matched: the TIFF image is incomplete: it stops before the end of its pages (perhaps it was "
                + "still being scanned or copied). Scan or copy it again.", found.describe());
    }

    private static PDImageXObject onlyImage(PDPage page) throws IOException {
        COSName name = page.getResources().getXObjectNames().iterator().next();
        return (PDImageXObject) page.getResources().getXObject(name);
    }
}
