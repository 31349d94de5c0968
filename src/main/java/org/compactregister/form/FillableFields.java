package org.compactregister.form;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.compactregister.pdf.FieldAppearance;
import org.compactregister.pdf.FieldFonts;
import org.compactregister.pdf.Typeface;

/**
 * The text fields of a fillable form: one per box, named {@code form3_name}, {@code form3_address}
 * and so on (form number from 1 within the PDF), and a read-only {@code form3_reference} holding
 * the form's reference. The fields use a whole embedded Unicode font ({@link FieldFonts}) for what
 * a person types. A value filled in beforehand (a renewal's record) that PDFBox would draw wrongly,
 * such as Arabic, is drawn as the printed letters are ({@link FieldAppearance}).
 */
final class FillableFields {

    static final String REFERENCE_FIELD = "reference";
    private static final float INSET = 2f;

    private final PDDocument document;
    private final PDAcroForm acroForm;
    private final FieldFonts fonts;
    private final Typeface typeface;
    private final PDResources resources = new PDResources();
    private final List<Runnable> values = new ArrayList<>();

    /** {@code typeface} draws the values filled in beforehand that PDFBox cannot draw (the printed letters' face). */
    FillableFields(PDDocument document, Typeface typeface) throws IOException {
        this.document = document;
        this.typeface = typeface;
        this.acroForm = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(acroForm);
        this.fonts = new FieldFonts(document);
        acroForm.setDefaultResources(resources);
        COSName main = resources.add(fonts.main());
        acroForm.setDefaultAppearance("/" + main.getName() + " 10 Tf 0 g");
    }

    /** The field name of a box on form {@code index} (from 0). */
    static String fieldName(int index, String box) {
        return "form" + (index + 1) + "_" + box;
    }

    void add(PDPage page, int index, PrintedForm form) throws IOException {
        for (FormBox box : FormBox.values()) {
            PageRect rect = CommitmentFormLayout.box(box);
            String value = form.known().getOrDefault(box, "");
            PDTextField field = field(page, fieldName(index, box.fieldName()), rect.grown(-INSET), value);
            field.setMultiline(box.multiline());
        }
        PageRect ref = CommitmentFormLayout.REFERENCE;
        PDTextField reference = field(page, fieldName(index, REFERENCE_FIELD),
                new PageRect(ref.x(), ref.bottom() + 4, ref.width(), 12), form.reference().text());
        reference.setReadOnly(true);
        reference.getWidgets().get(0).setHidden(true);
    }

    private PDTextField field(PDPage page, String name, PageRect rect, String value) throws IOException {
        PDTextField field = new PDTextField(acroForm);
        field.setPartialName(name);
        PDType0Font font = fonts.forText(value);
        COSName fontName = resources.add(font);
        float size = 10f;
        field.setDefaultAppearance("/" + fontName.getName() + " " + size + " Tf 0 g");
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(rect.x(), rect.pdfY(CommitmentFormLayout.PAGE_HEIGHT), rect.width(), rect.height()));
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        acroForm.getFields().add(field);
        if (!value.isEmpty()) {
            values.add(() -> setValue(field, value, size));
        }
        return field;
    }

    private void setValue(PDTextField field, String value, float size) {
        try {
            if (FieldAppearance.needsOwnDrawing(value)) {
                FieldAppearance.fill(document, field, value, typeface, size);
            } else {
                field.setValue(value);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Fills the known values in, once every field is there (appearances are made then). */
    void finish() {
        values.forEach(Runnable::run);
    }
}
