package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compactregister.form.FormBox;
import org.compactregister.form.FormCorpusAccess;
import org.compactregister.form.FormService;
import org.compactregister.form.ScannerRuns;
import org.compactregister.model.ScanMediaType;
import org.compactregister.scan.ScanFiles;
import org.compactregister.scan.ScanService;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.scan.TiffRuns;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forms} writes forms with their references; {@code inbox --match} splits a scanner run of
 * several forms, files each scan matched to a signatory with it, leaves a blank form to be typed,
 * and ignores a code that is not one of ours; it reads BMP and GIF scans as it does PDFs and PNGs,
 * and says an empty file is empty and one cut short is incomplete (a TIFF run still being written
 * too, left whole rather than split into fewer forms).
 */
class FormsAndInboxCommandsTest {

    @TempDir
    Path dir;

    @Test
    void formsAreWrittenForSignatoriesAndAsBlankFormsWithNewReferences() throws Exception {
        try (Services services = ScanTestRegister.open(dir)) {
            ScanTestRegister.addSignatory(services, 0);
        }
        String db = dir.resolve("register").toString();
        CommandRun forOne = CommandRun.of("forms", "--db", db, "--for", "CS-000001", "--fillable", "--out",
                dir.resolve("renewal.pdf").toString());
        assertEquals(0, forOne.exitCode(), forOne.err());
        assertTrue(forOne.out().startsWith("Wrote 1 fillable form (CS-000001) to "), forOne.out());
        CommandRun blank = CommandRun.of("--db", db, "forms", "--blank", "3", "--out", dir.resolve("blank.pdf").toString());
        assertEquals("Wrote 3 forms (BF-000001 to BF-000003) to " + dir.resolve("blank.pdf") + ".\n", blank.out());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("blank.pdf").toFile())) {
            assertEquals(3, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            for (String words : List.of("Name", "Date", "On behalf of", "Address", "Tel", "Email", "BF-000003",
                    "Please return this form to:", "Millbrook")) {
                assertTrue(text.contains(words), words);
            }
        }
        CommandRun missing = CommandRun.of("forms", "--db", db, "--for", "CS-000009", "--out", dir.resolve("x.pdf").toString());
        assertEquals(CommandLines.REFUSED, missing.exitCode());
        assertEquals("forms: There is no signatory CS-000009 in the register.\n", missing.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
        assertEquals(CommandLines.REFUSED, CommandRun.of("forms", "--db", db, "--blank", "0", "--out", "y.pdf").exitCode());
        assertEquals(0, CommandRun.of("forms", "--help").exitCode());
    }

    @Test
    void aScannerRunIsSplitMatchedAndFiledAndForeignCodesAreIgnored() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("scanner"));
        try (Services services = ScanTestRegister.open(dir)) {
            FormService forms = new FormService(services);
            var first = forms.formFor(ScanTestRegister.addSignatory(services, 0));
            var second = forms.formFor(ScanTestRegister.addSignatory(services, 1));
            var blank = forms.newBlankForms(1).get(0);
            byte[] pdf = forms.pdf(List.of(first, second, blank), false, Progress.NONE);
            Map<FormBox, String> changed = Map.of(FormBox.TEL, "01632 960999");
            BufferedImage page1 = FormCorpusAccess.scanned(pdf, 0, 200, 0.8, changed);
            BufferedImage page2 = FormCorpusAccess.scanned(pdf, 1, 200, 180 - 2, Map.of());
            ScannerRuns.pdf(List.of(page1, page2, ScannerRuns.blankPage(200)), inbox.resolve("run 0001.pdf"));
            ImageIO.write(FormCorpusAccess.scanned(pdf, 2, 150, 270, Map.of(FormBox.NAME, "Ada Bell")), "png",
                    inbox.resolve("blank returned.png").toFile());
            ImageIO.write(ScannerRuns.foreignCode("https://parcels.example/track/CS-000001", 200), "png",
                    inbox.resolve("parcel label.png").toFile());
        }
        CommandRun run = CommandRun.of("inbox", "--db", dir.resolve("register").toString(), "--match", "--folder", inbox.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("run 0001.pdf: 2 forms in one scan: CS-000001, CS-000002; split into 2 files"), out);
        assertTrue(out.contains("run 0001 - form 1 of 2 (CS-000001).pdf: matched CS-000001"), out);
        assertTrue(out.contains("; filed with CS-000001"), out);
        assertTrue(out.contains("run 0001 - form 2 of 2 (CS-000002).pdf: matched CS-000002"), out);
        assertTrue(out.contains("blank returned.png: matched BF-000001 · new organisation (blank form)"), out);
        assertTrue(out.contains("parcel label.png: not matched: no form QR code was found on the page"), out);
        assertTrue(out.contains("2 scans filed with their signatories."), out);

        assertTrue(Files.exists(inbox.resolve("Split").resolve("run 0001.pdf")), "the run is kept, not deleted");
        try (Stream<Path> left = Files.list(inbox)) {
            assertEquals(List.of("Done", "Split", "blank returned.png", "parcel label.png"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Services services = ScanTestRegister.open(dir)) {
            ScanService scans = new ScanService(services);
            assertEquals(1, scans.list(1).size());
            assertEquals(1, scans.list(2).size());
            try (PDDocument part = Loader.loadPDF(inbox.resolve("Done").resolve("run 0001 - form 2 of 2 (CS-000002).pdf").toFile())) {
                assertEquals(2, part.getNumberOfPages(), "the back page stays with its form");
            }
        }
    }

    @Test
    void bmpAndGifScansAreMatchedByTheirCodeAndFiledAndAnEmptyFileIsSaidToBeEmpty() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("Scanned Documents"));
        try (Services services = ScanTestRegister.open(dir)) {
            FormService forms = new FormService(services);
            var first = forms.formFor(ScanTestRegister.addSignatory(services, 0));
            var second = forms.formFor(ScanTestRegister.addSignatory(services, 1));
            byte[] pdf = forms.pdf(List.of(first, second), false, Progress.NONE);
            // as Windows Fax and Scan names its pictures; the GIF as older scanner software saves, turned
            ImageIO.write(FormCorpusAccess.scanned(pdf, 0, 150, 0.5, Map.of(FormBox.NAME, "Ada Bell")), "bmp",
                    inbox.resolve("Image.bmp").toFile());
            ImageIO.write(FormCorpusAccess.scanned(pdf, 1, 150, 180, Map.of()), "gif", inbox.resolve("SCAN0002.GIF").toFile());
            Files.createFile(inbox.resolve("Image (2).bmp"));
            byte[] bmp = Files.readAllBytes(inbox.resolve("Image.bmp"));
            Files.write(inbox.resolve("Image (3).bmp"), Arrays.copyOf(bmp, bmp.length / 2));
            Files.writeString(inbox.resolve("BMW minibus.bmp"), "BMW minibus booking, Tuesday 10am\n");
            Files.write(inbox.resolve("Scan 0003.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        }
        CommandRun run = CommandRun.of("inbox", "--db", dir.resolve("register").toString(), "--match", "--folder", inbox.toString());

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("Image.bmp: matched CS-000001"), out);
        assertTrue(out.contains("SCAN0002.GIF: matched CS-000002"), out);
        assertTrue(out.contains("Image (2).bmp: not matched: it is empty (0 bytes): the scan may not have finished saving, "
                + "or the copy failed. Scan or copy it again."), out);
        assertTrue(out.contains("Image (3).bmp: not matched: the BMP image is incomplete: it stops before the end of "
                + "the picture (perhaps it was still being saved or copied). Scan or copy it again."), out);
        assertTrue(out.contains("Scan 0003.pdf: not matched: the PDF is incomplete: it stops before the end of the "
                + "document (perhaps it was still being scanned or copied). Scan or copy it again."), out);
        assertTrue(out.contains("BMW minibus.bmp: not matched: it is not a file the register reads as a scan "
                + "(PDF, PNG, JPEG, TIFF, WebP, BMP or GIF)"), out);
        assertTrue(out.contains("6 files read; 2 scans filed with their signatories."), out);
        try (Stream<Path> left = Files.list(inbox)) {
            assertEquals(List.of("BMW minibus.bmp", "Done", "Image (2).bmp", "Image (3).bmp", "Scan 0003.pdf"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Files.copy(inbox.resolve("Done").resolve("Image.bmp"), inbox.resolve("Image copy.bmp"));
        String again = CommandRun.of("inbox", "--db", dir.resolve("register").toString(), "--match", "--folder",
                inbox.toString()).out();
        assertTrue(again.contains("Image copy.bmp: matched CS-000001"), again);
        assertTrue(again.contains("; already kept with CS-000001 (the same file, attached "), again);
        assertTrue(again.contains(" as \"Image.bmp\"), so not kept twice"), again);
        assertTrue(again.contains("5 files read; 0 scans filed with their signatories."), again);
        assertTrue(Files.exists(inbox.resolve("Done").resolve("Image copy.bmp")), "filed all the same");
        try (Services services = ScanTestRegister.open(dir)) {
            ScanService scans = new ScanService(services);
            assertEquals(List.of(ScanMediaType.BMP), scans.list(1).stream().map(l -> l.scan().mediaType()).toList());
            assertEquals(List.of(ScanMediaType.GIF), scans.list(2).stream().map(l -> l.scan().mediaType()).toList());
        }
    }

    @Test
    void aTiffRunWithASidewaysPageIsSplitAndEachPartFiledAndOneStillBeingWrittenIsLeftWhole() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("scanner"));
        try (Services services = ScanTestRegister.open(dir)) {
            FormService forms = new FormService(services);
            List<org.compactregister.form.PrintedForm> printed = new java.util.ArrayList<>();
            for (int n = 0; n < 3; n++) {
                printed.add(forms.formFor(ScanTestRegister.addSignatory(services, n)));
            }
            byte[] pdf = forms.pdf(printed, false, Progress.NONE);
            List<TiffRuns.Page> pages = new java.util.ArrayList<>();
            for (int form = 0; form < 3; form++) {
                pages.add(TiffRuns.Page.of(FormCorpusAccess.scanned(pdf, form, 100, form == 1 ? 90 : 0, Map.of()), 100));
            }
            TiffRuns.write(inbox.resolve("run 0001.tif"), pages);
            TiffRuns.Written whole = TiffRuns.write(dir.resolve("whole.tif"), pages, java.nio.ByteOrder.BIG_ENDIAN, false);
            ScanFiles.cut(whole.file(), inbox.resolve("run 0002.tif"), (int) (whole.pixelsAt().get(2) + 500));
        }
        CommandRun run = CommandRun.of("inbox", "--db", dir.resolve("register").toString(), "--match", "--folder", inbox.toString());

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("run 0001.tif: 3 forms in one scan: CS-000001, CS-000002, CS-000003; split into 3 files"), out);
        for (int n = 1; n <= 3; n++) {
            assertTrue(out.contains("run 0001 - form " + n + " of 3 (CS-00000" + n + ").pdf: matched CS-00000" + n), out);
        }
        assertTrue(out.contains("run 0002.tif: not matched: the TIFF image is incomplete: it stops before the end of its "
                + "pages (perhaps it was still being scanned or copied). Scan or copy it again."), out);
        assertTrue(out.contains("3 scans filed with their signatories."), out);
        try (Stream<Path> left = Files.list(inbox)) {
            assertEquals(List.of("Done", "Split", "run 0002.tif"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
