package org.compactregister.form;

import static org.compactregister.form.CommitmentFormLayout.PAGE_HEIGHT;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.compactregister.pdf.PdfFonts;
import org.compactregister.pdf.PrintableText;
import org.compactregister.pdf.Typeface;
import org.compactregister.service.CancelledException;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;

/**
 * Draws commitment forms, one A4 page each, from {@link CommitmentFormLayout}: title, QR code with
 * the reference beside it, the office's Compact text, the six boxes, the return address. With
 * {@code fillable}, each box also gets a text field ({@link FillableFields}).
 */
public final class CommitmentFormPdf {

    private static final float TEXT_SIZE = 10f;
    private static final float SMALLEST_TEXT_SIZE = 7.5f;
    private static final float LABEL_SIZE = 10f;

    private CommitmentFormPdf() {
    }

    /**
     * The forms as one PDF.
     *
     * @throws RefusedException when the Compact text does not fit the space the form has for it, or
     *                          cannot be printed with the shipped fonts
     * @throws CancelledException when cancelled through {@code progress}
     */
    public static byte[] make(List<PrintedForm> forms, FormWording wording, boolean fillable, Progress progress) {
        if (forms.isEmpty()) {
            throw new RefusedException("There are no forms to print.");
        }
        for (String text : List.of(wording.compactText(), wording.returnAddress())) {
            PrintableText.problem(text).ifPresent(problem -> {
                throw new RefusedException("The Compact text or return address cannot be printed: " + problem);
            });
        }
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            FillableFields fields = fillable ? new FillableFields(document, fonts.regular()) : null;
            CompactText compact = CompactText.fit(fonts.regular(), wording.compactText());
            for (int i = 0; i < forms.size(); i++) {
                progress.checkCancelled();
                PrintedForm form = forms.get(i);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    drawPage(content, fonts, compact, wording, form);
                }
                if (fields != null) {
                    fields.add(page, i, form);
                }
                progress.update(i + 1, forms.size(), "Drew form " + (i + 1) + " of " + forms.size());
            }
            if (fields != null) {
                fields.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawPage(PDPageContentStream content, PdfFonts fonts, CompactText compact, FormWording wording,
                                 PrintedForm form) throws IOException {
        Typeface regular = fonts.regular();
        Typeface bold = fonts.bold();
        content.setNonStrokingColor(Color.BLACK);
        PageRect title = CommitmentFormLayout.TITLE;
        bold.draw(content, "Compact commitment form", title.x(), PAGE_HEIGHT - title.bottom() + 6, 17f);
        if (!form.organisation().isEmpty()) {
            String organisation = PrintableText.printable(form.organisation());
            regular.draw(content, "For: " + organisation, title.x(), PAGE_HEIGHT - title.bottom() - 14, 10.5f);
            regular.draw(content, "Please check every box and correct anything that has changed.", title.x(),
                    PAGE_HEIGHT - title.bottom() - 28, 9f);
        }
        drawQr(content, form.reference());
        PageRect ref = CommitmentFormLayout.REFERENCE;
        regular.drawRightAligned(content, "Form reference", ref.right(), PAGE_HEIGHT - ref.y() + 2, 8f);
        bold.drawRightAligned(content, form.reference().text(), ref.right(), PAGE_HEIGHT - ref.bottom() + 4, 13f);
        compact.draw(content, regular);
        for (FormBox box : FormBox.values()) {
            PageRect label = CommitmentFormLayout.label(box);
            List<String> lines = regular.wrap(box.label(), LABEL_SIZE, label.width());
            float y = PAGE_HEIGHT - label.y() - 14;
            for (String line : lines) {
                regular.draw(content, line, label.x(), y, LABEL_SIZE);
                y -= LABEL_SIZE + 2;
            }
            PageRect rect = CommitmentFormLayout.box(box);
            content.setStrokingColor(Color.BLACK);
            content.setLineWidth(0.8f);
            content.addRect(rect.x(), rect.pdfY(PAGE_HEIGHT), rect.width(), rect.height());
            content.stroke();
        }
        PageRect back = CommitmentFormLayout.RETURN_ADDRESS;
        bold.draw(content, "Please return this form to:", back.x(), PAGE_HEIGHT - back.y() - 10, 10f);
        float y = PAGE_HEIGHT - back.y() - 24;
        for (String line : wording.returnAddress().split("\n")) {
            regular.draw(content, line.strip(), back.x(), y, 10f);
            y -= 12.5f;
        }
    }

    private static void drawQr(PDPageContentStream content, FormReference reference) throws IOException {
        BitMatrix matrix = QrCodes.encode(reference.qrText());
        PageRect qr = CommitmentFormLayout.QR;
        float module = qr.width() / matrix.getWidth();
        content.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    // a hair over one module, so that neighbours join without white seams when drawn
                    content.addRect(qr.x() + col * module, PAGE_HEIGHT - qr.y() - (row + 1) * module,
                            module + 0.02f, module + 0.02f);
                }
            }
        }
        content.fill();
    }

    /** The Compact text wrapped to its space, at the largest size (10 pt down to 7.5 pt) at which it fits. */
    private record CompactText(List<String> lines, float size) {

        static CompactText fit(Typeface font, String text) throws IOException {
            PageRect area = CommitmentFormLayout.COMPACT_TEXT;
            for (float size = TEXT_SIZE; size >= SMALLEST_TEXT_SIZE; size -= 0.5f) {
                List<String> lines = font.wrap(text, size, area.width());
                if (lines.size() * size * 1.3f <= area.height()) {
                    return new CompactText(lines, size);
                }
            }
            int words = text.split("\\s+").length;
            throw new RefusedException("The Compact text is too long for the form (" + words + " words): it has to "
                    + "fit above the boxes on one page. Shorten it to about " + (words * 3 / 4)
                    + " words (Forms > Compact text and return address).");
        }

        void draw(PDPageContentStream content, Typeface font) throws IOException {
            PageRect area = CommitmentFormLayout.COMPACT_TEXT;
            float y = PAGE_HEIGHT - area.y() - size;
            for (String line : lines) {
                font.draw(content, line, area.x(), y, size);
                y -= size * 1.3f;
            }
        }
    }
}
