package org.compactregister.form;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.compactregister.pdf.FieldAppearance;
import org.compactregister.pdf.PdfFonts;

/**
 * A returned fillable PDF's page drawn for cutting its boxes, with the look of each filled field
 * drawn again from its value where the sender's viewer left it wrong or left none: a value in
 * Arabic and the other scripts PDFBox draws unjoined or out of order ({@link FieldAppearance}), and
 * a value saved without a look (as pdf.js-based viewers save), which would otherwise show an empty
 * box beside its value. The file itself is not changed.
 */
final class FieldLooks {

    private static final float FIELD_TEXT_SIZE = 10f;

    private FieldLooks() {
    }

    /**
     * Page {@code pageIndex} (from 0) drawn at {@code dpi} with its fields' looks drawn again; empty
     * when no field on it needs that (the page is then drawn as it is).
     *
     * @throws IOException when the file cannot be read
     */
    static Optional<BufferedImage> redrawn(Path file, int pageIndex, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDAcroForm acroForm = document.getDocumentCatalog().getAcroForm(null);
            if (acroForm == null || pageIndex >= document.getNumberOfPages()) {
                return Optional.empty();
            }
            PDPage page = document.getPage(pageIndex);
            PdfFonts fonts = new PdfFonts(document);
            boolean redrawn = false;
            for (PDField field : acroForm.getFieldTree()) {
                if (field instanceof PDTextField text && onPage(text, page) && needsNewLook(text)) {
                    FieldAppearance.fill(document, text, text.getValue(), fonts.regular(), FIELD_TEXT_SIZE);
                    redrawn = true;
                }
            }
            if (!redrawn) {
                return Optional.empty();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out); // the fonts' letters are embedded on saving
            try (PDDocument drawn = Loader.loadPDF(out.toByteArray())) {
                return Optional.of(new PDFRenderer(drawn).renderImageWithDPI(pageIndex, dpi, ImageType.RGB));
            }
        }
    }

    private static boolean needsNewLook(PDTextField field) {
        String value = field.getValue();
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (FieldAppearance.needsOwnDrawing(value)) {
            return true;
        }
        for (PDAnnotationWidget widget : field.getWidgets()) {
            if (widget.getAppearance() == null || widget.getAppearance().getNormalAppearance() == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean onPage(PDTextField field, PDPage page) throws IOException {
        for (PDAnnotationWidget widget : field.getWidgets()) {
            if (widget.getPage() != null && widget.getPage().getCOSObject() == page.getCOSObject()) {
                return true;
            }
            COSDictionary dictionary = widget.getCOSObject();
            if (!page.getAnnotations(annotation -> annotation.getCOSObject() == dictionary).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
