package org.compactregister.form;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Reads the values of fillable forms back from a PDF: first from the text fields the register put
 * there ({@code form1_name}...), then, for pages whose fields are gone (a viewer flattened the form or
 * "printed" it to PDF), from the text inside each box's rectangle, the reference from where it is
 * printed beside the QR code. Pages where both fail give nothing here; they are read as scans.
 */
public final class FilledFormReader {

    private FilledFormReader() {
    }

    /** One entry per page that holds a filled form, keyed by page index (from 0), in page order. */
    public static Map<Integer, FilledForm> read(PDDocument document) throws IOException {
        Map<Integer, FilledForm> found = new java.util.TreeMap<>();
        PDAcroForm acroForm = document.getDocumentCatalog().getAcroForm(null);
        if (acroForm != null) {
            readFields(document, acroForm, found);
        }
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            if (!found.containsKey(page)) {
                int index = page;
                readText(document.getPage(page)).ifPresent(form -> found.put(index, form));
            }
        }
        return found;
    }

    private static void readFields(PDDocument document, PDAcroForm acroForm, Map<Integer, FilledForm> found) {
        for (int index = 0; ; index++) {
            PDField reference = acroForm.getField(FillableFields.fieldName(index, FillableFields.REFERENCE_FIELD));
            if (reference == null) {
                return;
            }
            var parsed = FormReference.parse(reference.getValueAsString());
            if (parsed.isEmpty()) {
                continue;
            }
            Map<FormBox, String> values = new EnumMap<>(FormBox.class);
            for (FormBox box : FormBox.values()) {
                PDField field = acroForm.getField(FillableFields.fieldName(index, box.fieldName()));
                if (field != null) {
                    values.put(box, clean(field.getValueAsString()));
                }
            }
            int page = pageOf(document, reference);
            if (page >= 0) {
                found.put(page, new FilledForm(parsed.get(), values, FilledForm.Source.FIELDS));
            }
        }
    }

    private static int pageOf(PDDocument document, PDField field) {
        var widget = field.getWidgets().get(0);
        PDPage page = widget.getPage();
        if (page != null) {
            int index = document.getPages().indexOf(page);
            if (index >= 0) {
                return index;
            }
        }
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            try {
                if (!document.getPage(i).getAnnotations(a -> a.getCOSObject() == widget.getCOSObject()).isEmpty()) {
                    return i;
                }
            } catch (IOException e) {
                return -1;
            }
        }
        return -1;
    }

    private static java.util.Optional<FilledForm> readText(PDPage page) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            PageRect ref = CommitmentFormLayout.REFERENCE;
            stripper.addRegion("reference", rectangle(new PageRect(ref.x(), ref.y() + 8, ref.width(), ref.height() + 4)));
            for (FormBox box : FormBox.values()) {
                stripper.addRegion(box.fieldName(), rectangle(CommitmentFormLayout.box(box).grown(-0.5f)));
            }
            stripper.extractRegions(page);
            var reference = FormReference.parse(stripper.getTextForRegion("reference"));
            if (reference.isEmpty()) {
                return java.util.Optional.empty();
            }
            Map<FormBox, String> values = new EnumMap<>(FormBox.class);
            for (FormBox box : FormBox.values()) {
                values.put(box, clean(stripper.getTextForRegion(box.fieldName())));
            }
            return java.util.Optional.of(new FilledForm(reference.get(), values, FilledForm.Source.TEXT_IN_BOXES));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** PDFBox's text areas are in points from the page's top-left corner, as the layout's are. */
    private static Rectangle2D rectangle(PageRect rect) {
        return new Rectangle2D.Float(rect.x(), rect.y(), rect.width(), rect.height());
    }

    /** Lines trimmed, empty lines dropped, Windows line ends made plain. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return String.join("\n", lines);
    }
}
