package org.compactregister.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.compactregister.pdf.PdfFonts;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fillable form filled in beforehand (a renewal's record) with Arabic, Urdu and Gurmukhi: each
 * field shows its value as the printed letters show it (joined, right to left, vowel signs in
 * place), checked by drawing the page and comparing the ink in the box with the same text printed
 * by the register's letters, and the values come back exactly, from the fields and from a flattened copy.
 */
class FillableScriptsTest {

    private static final float DPI = 150;
    private static final Map<FormBox, String> KNOWN = new EnumMap<>(Map.of(
            FormBox.NAME, "سلمى الحداد",
            FormBox.DATE, "03/11/2026",
            FormBox.ORGANISATION, "جمعية حديقة الحي — اردو مرکز",
            FormBox.ADDRESS, "ਪੰਜਾਬੀ ਸਭਾ, Uned 2\nAbermill\nMB4 7ZZ",
            FormBox.TEL, "01632 960123",
            FormBox.EMAIL, "post@hadiqa.example"));
    /** Typed by a person into a returned form (PDFBox's own look fails on the dash, so Arabic alone here). */
    private static final Map<FormBox, String> TYPED = Map.of(FormBox.NAME, "سلمى الحداد",
            FormBox.ORGANISATION, "جمعية حديقة الحي");

    @TempDir
    Path dir;

    private byte[] renewalForm() {
        try (Services services = ScanTestRegister.open(dir)) {
            PrintedForm form = new PrintedForm(FormReference.signatory(7), KNOWN.get(FormBox.ORGANISATION), KNOWN);
            return new FormService(services).pdf(List.of(form), true, Progress.NONE);
        }
    }

    @Test
    void valuesInJoinedAndRightToLeftScriptsShowAsPrintedAndReadBackExactly() throws IOException {
        byte[] pdf = renewalForm();
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var fields = FilledFormReader.read(document);
            assertEquals(FilledForm.Source.FIELDS, fields.get(0).source());
            assertEquals(KNOWN, fields.get(0).values(), "the values are kept exactly, in the order they were typed");
            page = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
        for (FormBox box : List.of(FormBox.NAME, FormBox.ORGANISATION)) {
            BufferedImage field = ink(page, CommitmentFormLayout.box(box).grown(-3));
            BufferedImage printed = ink(printedAlone(KNOWN.get(box)), new PageRect(100, 100, 400, 30));
            double differs = difference(field, printed);
            assertTrue(differs < 0.03, box + " shows as printed: " + describe(field) + " against " + describe(printed)
                    + ", " + differs + " of the pixels differ");
        }
        BufferedImage unshaped = ink(pdfBoxOwnLook(pdf, FormBox.NAME), CommitmentFormLayout.box(FormBox.NAME).grown(-3));
        BufferedImage printed = ink(printedAlone(KNOWN.get(FormBox.NAME)), new PageRect(100, 100, 400, 30));
        double unshapedDiffers = difference(unshaped, printed);
        assertTrue(unshapedDiffers > 0.15, "PDFBox's own look (unjoined) is told apart: " + describe(unshaped)
                + " against " + describe(printed) + ", " + unshapedDiffers + " of the ink differs");
    }

    @Test
    void aFlattenedCopyIsReadFromTheShapedTextInTheBoxes() throws IOException {
        byte[] flattened;
        try (PDDocument document = Loader.loadPDF(renewalForm())) {
            document.getDocumentCatalog().getAcroForm(null).flatten();
            document.getDocumentCatalog().setAcroForm(null);
            flattened = save(document);
        }
        try (PDDocument document = Loader.loadPDF(flattened)) {
            FilledForm read = FilledFormReader.read(document).get(0);
            assertEquals(FilledForm.Source.TEXT_IN_BOXES, read.source());
            assertEquals(KNOWN, read.values());
        }
    }

    @Test
    void aReturnedFormWhoseViewerDrewArabicUnjoinedOrNotAtAllIsCutShowingItAsPrinted() throws IOException {
        try (Services services = ScanTestRegister.open(dir)) {
            ScanTestRegister.addSignatory(services, 0);
            FormService forms = new FormService(services);
            PrintedForm form = new PrintedForm(FormReference.signatory(1), "", Map.of(FormBox.NAME, "Siân",
                    FormBox.ORGANISATION, "جمعية"));
            Path returned = dir.resolve("returned by email.pdf");
            try (PDDocument document = Loader.loadPDF(forms.pdf(List.of(form), true, Progress.NONE))) {
                var acroForm = document.getDocumentCatalog().getAcroForm(null);
                // a viewer that draws the letters one by one, as PDFBox does
                acroForm.getField(FillableFields.fieldName(0, "organisation")).setValue(TYPED.get(FormBox.ORGANISATION));
                // a viewer that saves the value only, as pdf.js does
                PDTextField name = (PDTextField) acroForm.getField(FillableFields.fieldName(0, "name"));
                name.getCOSObject().setString(org.apache.pdfbox.cos.COSName.V, TYPED.get(FormBox.NAME));
                name.getWidgets().get(0).setAppearance(null);
                acroForm.setNeedAppearances(true);
                java.nio.file.Files.write(returned, save(document));
            }
            InboxMatch match = new ReturnedForms(forms).read(returned, Progress.NONE);
            FoundForm found = match.single().orElseThrow(() -> new AssertionError(match.describe()));
            org.compactregister.scan.ScanInbox inbox = new org.compactregister.scan.ScanInbox(services,
                    new org.compactregister.scan.ScanService(services));
            Verification opened = new ReturnedFormEntry(forms, services.register(), inbox).open(new org.compactregister
                    .scan.InboxFile(returned, returned.getFileName().toString(), java.nio.file.Files.size(returned),
                    java.time.Instant.now()), found);
            assertEquals(TYPED.get(FormBox.NAME), opened.known().get(FormBox.NAME), "the value is kept exactly");
            assertEquals(TYPED.get(FormBox.ORGANISATION), opened.known().get(FormBox.ORGANISATION));
            double scale = ReturnedFormEntry.CUT_PIXELS_PER_POINT;
            for (FormBox box : List.of(FormBox.NAME, FormBox.ORGANISATION)) {
                BufferedImage cut = opened.cuts().get(box);
                float inside = PagePlacement.CUT_MARGIN + 3;
                BufferedImage field = inkIn(cut, (int) (inside * scale), (int) (inside * scale),
                        (int) (cut.getWidth() - inside * scale), (int) (cut.getHeight() - inside * scale));
                BufferedImage printed = ink(printedAlone(TYPED.get(box), (float) (scale * 72)), new PageRect(100, 100, 400, 30),
                        (float) (scale * 72));
                double differs = difference(field, printed);
                assertTrue(differs < 0.03, box + " is cut as printed: " + describe(field) + " against "
                        + describe(printed) + ", " + differs + " of the ink differs");
            }
        }
    }

    /** The page as PDFBox draws the name field when it makes the field's look itself. */
    private BufferedImage pdfBoxOwnLook(byte[] pdf, FormBox box) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var acroForm = document.getDocumentCatalog().getAcroForm(null);
            PDTextField field = (PDTextField) acroForm.getField(FillableFields.fieldName(0, box.fieldName()));
            field.setValue(KNOWN.get(box));
            return new PDFRenderer(Loader.loadPDF(save(document))).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
    }

    /** The text printed by the register's letters (as on letters and lists) at 10 pt on a page of its own. */
    private static BufferedImage printedAlone(String text) throws IOException {
        return printedAlone(text, DPI);
    }

    private static BufferedImage printedAlone(String text, float dpi) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new PdfFonts(document).regular().draw(content, text, 102, CommitmentFormLayout.PAGE_HEIGHT - 120, 10f);
            }
            return new PDFRenderer(Loader.loadPDF(save(document))).renderImageWithDPI(0, dpi, ImageType.GRAY);
        }
    }

    /** The inked part of a page's rectangle (in points from the top-left), cut to its ink. */
    private static BufferedImage ink(BufferedImage page, PageRect rect) {
        return ink(page, rect, DPI);
    }

    private static BufferedImage ink(BufferedImage page, PageRect rect, float dpi) {
        double scale = dpi / 72.0;
        return inkIn(page, (int) Math.round(rect.x() * scale), (int) Math.round(rect.y() * scale),
                (int) Math.round(rect.right() * scale), (int) Math.round(rect.bottom() * scale));
    }

    /** The inked part of the picture's pixels from (x0, y0) to before (x1, y1), cut to its ink. */
    private static BufferedImage inkIn(BufferedImage page, int x0, int y0, int x1, int y1) {
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((page.getRGB(x, y) & 0xFF) < 128) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        assertTrue(right >= 0, "there is ink in " + x0 + "," + y0 + " to " + x1 + "," + y1);
        return page.getSubimage(left, top, right - left + 1, bottom - top + 1);
    }

    /**
     * The share of inked pixels in either picture with no ink within one pixel in the other (the two
     * are drawn at different fractions of a pixel, so edges may shift by one).
     */
    private static double difference(BufferedImage a, BufferedImage b) {
        int inked = 0;
        int unmatched = 0;
        for (BufferedImage[] pair : new BufferedImage[][] {{a, b}, {b, a}}) {
            for (int y = 0; y < pair[0].getHeight(); y++) {
                for (int x = 0; x < pair[0].getWidth(); x++) {
                    if (inked(pair[0], x, y)) {
                        inked++;
                        if (!inkedNear(pair[1], x, y)) {
                            unmatched++;
                        }
                    }
                }
            }
        }
        return unmatched / (double) inked;
    }

    private static boolean inkedNear(BufferedImage image, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (inked(image, x + dx, y + dy)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inked(BufferedImage image, int x, int y) {
        return x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight() && (image.getRGB(x, y) & 0xFF) < 128;
    }

    private static String describe(BufferedImage ink) {
        return ink.getWidth() + "×" + ink.getHeight() + " px";
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
