package org.compactregister.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.compactregister.scan.ScanTestRegister;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fillable form filled in (Welsh ŵ and ŷ, Polish, Greek, Cyrillic) comes back with its values
 * exact: saved by PDFBox, saved the way pdf.js-based viewers do (the value only, no appearance,
 * appended to the file), and flattened (fields gone, the text left in the boxes).
 */
class FillableFormTest {

    private static final Map<FormBox, String> FILLED = new EnumMap<>(Map.of(
            FormBox.NAME, "Siôn Ŵyn Hŷwel",
            FormBox.DATE, "03/11/2026",
            FormBox.ORGANISATION, "Cymdeithas Tŷ Gŵyr — Łódź Друзья Φίλοι",
            FormBox.ADDRESS, "Uned 2, Heol y Bont\nAbermill\nMB4 7ZZ",
            FormBox.TEL, "01632 960123",
            FormBox.EMAIL, "post@tygwyr.example"));

    @TempDir
    Path dir;

    private byte[] blankFillable(Services services) {
        FormService forms = new FormService(services);
        return forms.pdf(forms.newBlankForms(2), true, Progress.NONE);
    }

    private static PDField field(PDAcroForm form, int index, FormBox box) {
        return form.getField(FillableFields.fieldName(index, box.fieldName()));
    }

    @Test
    void valuesTypedAndSavedByPdfBoxAreReadBackExactly() throws IOException {
        try (Services services = ScanTestRegister.open(dir)) {
            byte[] filled;
            try (PDDocument document = Loader.loadPDF(blankFillable(services))) {
                PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
                for (var entry : FILLED.entrySet()) {
                    field(form, 1, entry.getKey()).setValue(entry.getValue());
                }
                filled = save(document);
            }
            try (PDDocument document = Loader.loadPDF(filled)) {
                Map<Integer, FilledForm> read = FilledFormReader.read(document);
                assertEquals(List.of(0, 1), List.copyOf(read.keySet()));
                FilledForm second = read.get(1);
                assertEquals(FilledForm.Source.FIELDS, second.source());
                assertEquals("BF-000002", second.reference().text());
                assertEquals(FILLED, second.values());
                assertTrue(read.get(0).values().values().stream().allMatch(String::isEmpty), "the first form was left empty");
            }
        }
    }

    @Test
    void valuesSavedAsPdfJsDoesAppendedWithoutAppearancesAreReadBack() throws IOException {
        try (Services services = ScanTestRegister.open(dir)) {
            Path file = dir.resolve("returned.pdf");
            Files.write(file, blankFillable(services));
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
                for (var entry : FILLED.entrySet()) {
                    PDField field = field(form, 0, entry.getKey());
                    field.getCOSObject().setItem(COSName.V, new COSString(entry.getValue()));
                    field.getCOSObject().setNeedToBeUpdated(true);
                }
                form.setNeedAppearances(true);
                form.getCOSObject().setNeedToBeUpdated(true);
                document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
                try (var out = Files.newOutputStream(dir.resolve("returned-saved.pdf"))) {
                    document.saveIncremental(out);
                }
            }
            assertTrue(Files.size(dir.resolve("returned-saved.pdf")) > Files.size(file), "the values were appended");
            try (PDDocument document = Loader.loadPDF(dir.resolve("returned-saved.pdf").toFile())) {
                FilledForm first = FilledFormReader.read(document).get(0);
                assertEquals("BF-000001", first.reference().text());
                assertEquals(FILLED, first.values());
            }
        }
    }

    @Test
    void aFlattenedCopyIsReadFromTheTextInsideEachBox() throws IOException {
        try (Services services = ScanTestRegister.open(dir)) {
            byte[] flattened;
            try (PDDocument document = Loader.loadPDF(blankFillable(services))) {
                PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
                for (var entry : FILLED.entrySet()) {
                    field(form, 0, entry.getKey()).setValue(entry.getValue());
                }
                form.flatten();
                document.getDocumentCatalog().setAcroForm(null);
                flattened = save(document);
            }
            try (PDDocument document = Loader.loadPDF(flattened)) {
                assertEquals(null, document.getDocumentCatalog().getAcroForm(null), "no fields are left");
                FilledForm first = FilledFormReader.read(document).get(0);
                assertEquals(FilledForm.Source.TEXT_IN_BOXES, first.source());
                assertEquals("BF-000001", first.reference().text());
                assertEquals(FILLED, first.values());
            }
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
