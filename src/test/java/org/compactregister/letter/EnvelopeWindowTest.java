package org.compactregister.letter;

import static org.compactregister.letter.LetterFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.Address;
import org.compactregister.model.LetterRecipient;
import org.compactregister.model.LetterTemplate;
import org.compactregister.pdf.UnprintableTextException;
import org.junit.jupiter.api.Test;

/** The recipient's address stays inside a DL envelope's window, however long it is. */
class EnvelopeWindowTest {

    private static final float MM = 72f / 25.4f;

    private static byte[] letter(LetterRecipient recipient) throws IOException {
        try (LetterPdfWriter writer = new LetterPdfWriter("test")) {
            writer.add(new AcknowledgementLetter(DefaultLetterTemplate.load().withVersion(1), recipient, TODAY));
            return writer.toBytes();
        }
    }

    /** The glyphs on the first page between the letterhead rule and the greeting, left of the date. */
    private static List<TextPosition> addressGlyphs(byte[] pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    float top = text.getYDirAdj() - text.getHeightDir();
                    if (top > 46 * MM && top < 98 * MM && text.getXDirAdj() < 120 * MM) {
                        glyphs.add(text);
                    }
                    super.processTextPosition(text);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
        }
        return glyphs;
    }

    private static void assertInsideTheWindow(List<TextPosition> glyphs) {
        assertTrue(glyphs.size() > 20);
        for (TextPosition g : glyphs) {
            float left = g.getXDirAdj();
            float right = left + g.getWidthDirAdj();
            float baseline = g.getYDirAdj();
            String where = g.getUnicode() + " at " + left / MM + "–" + right / MM + " mm across, " + baseline / MM + " mm down";
            assertTrue(left >= 20 * MM && right <= 110 * MM, where);
            assertTrue(baseline - g.getHeightDir() >= 50 * MM && baseline + 2 <= 85 * MM, where);
        }
    }

    @Test
    void aShortAddressSitsInTheWindowAtFullSize() throws Exception {
        byte[] pdf = letter(new LetterRecipient(1, "Ana Kowalska", "Oak Trust",
                new Address("1 Mill Street", "", "Oakwell", "LE2 1AA"), TODAY, TODAY, ""));
        List<TextPosition> glyphs = addressGlyphs(pdf);
        assertInsideTheWindow(glyphs);
        assertEquals(11f, glyphs.get(0).getFontSizeInPt(), 0.01f);
    }

    @Test
    void aLongNameAndAddressWrapAndShrinkInsideTheWindow() throws Exception {
        LetterRecipient recipient = new LetterRecipient(42, "Dr Aleksandra Konstantynopolitańczykiewiczówna-Szczebrzeszyńska",
                "The Brambleford, Kingsmere and Oakwell Community Association for Carers, Young Carers and Their "
                        + "Families (incorporating the Thornby Luncheon Club and Ashcombe Good Neighbours Scheme)",
                new Address("Unit 14B, The Old Hosiery Works Business and Enterprise Centre, Upper Brunswick Street",
                        "Off the Northern Approach to the Kingsmere Ring Road", "Brambleford-upon-Soar", "LE12 9ZZ"),
                TODAY, TODAY, "");
        byte[] pdf = letter(recipient);
        List<TextPosition> glyphs = addressGlyphs(pdf);
        assertInsideTheWindow(glyphs);
        assertTrue(glyphs.get(0).getFontSizeInPt() < 11f, "made smaller to fit");
        String text = LetterFixtures.text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Families (incorporating the Thornby Luncheon Club and Ashcombe Good Neighbours Scheme)"), text);
        assertTrue(text.contains("LE12 9ZZ"));
        LetterFixtures.renderPages(pdf, Path.of("target/letter-pictures"), "long-name-and-address");
    }

    @Test
    void anAddressTooLongForTheWindowEvenInSmallPrintIsRefusedNamingTheLetter() {
        String endless = "Very Long Street Name ".repeat(9).strip();
        LetterRecipient recipient = new LetterRecipient(43, "Ana Kowalska", "Oak Trust " + "and Partners ".repeat(20),
                new Address(endless, endless, endless, "LE1 1AA"), TODAY, TODAY, "");
        UnprintableTextException refused = assertThrows(UnprintableTextException.class, () -> letter(recipient));
        assertTrue(refused.getMessage().contains("(CS-000043)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("envelope window"), refused.getMessage());
    }

    @Test
    void aLetterThatRunsOverOnePageIsNumbered() throws Exception {
        var template = DefaultLetterTemplate.load().withVersion(1);
        String longBody = (template.body() + "\n\n").repeat(4);
        var longTemplate = new LetterTemplate(1, template.senderName(), template.senderAddress(),
                template.senderPhone(), template.senderEmail(), template.logo(), template.subject(), longBody,
                template.noNameGreeting(), template.signatureName(), template.signatureRole());
        LetterRecipient recipient = new LetterRecipient(5, "Ελένη Παπαδοπούλου", "Ashcombe Greek Community Association",
                new Address("3 Orchard Way", "", "Ashcombe", "LE5 2CD"), TODAY, TODAY, "");
        try (LetterPdfWriter writer = new LetterPdfWriter("test")) {
            writer.add(new AcknowledgementLetter(longTemplate, recipient, TODAY));
            assertEquals(2, writer.pageCount());
            String text = LetterFixtures.text(writer.toBytes());
            assertTrue(text.contains("Page 1 of 2"), text);
            assertTrue(text.contains("Page 2 of 2"), text);
            LetterFixtures.renderPages(writer.toBytes(), Path.of("target/letter-pictures"), "two-pages");
        }
    }

    @Test
    void arabicGujaratiAndPolishNamesPrintInOneBatch() throws Exception {
        var template = DefaultLetterTemplate.load().withVersion(1);
        List<AcknowledgementLetter> letters = List.of(
                new AcknowledgementLetter(template, new LetterRecipient(6, "Fatima Al-Sayed", "جمعية النور Leicester",
                        new Address("21 Mill Street", "", "Leicester", "LE2 0AB"), TODAY, TODAY, ""), TODAY),
                new AcknowledgementLetter(template, new LetterRecipient(7, "Priya Mehta", "મહેતા પરિવાર ટ્રસ્ટ",
                        new Address("4 Chapel Lane", "", "Leicester", "LE4 6CD"), TODAY, TODAY, ""), TODAY),
                new AcknowledgementLetter(template, new LetterRecipient(8, "Zofia Łukasiewicz-Żółć", "Świetlica Polska",
                        new Address("7 Orchard Way", "", "Oakwell", "LE3 9EF"), TODAY, TODAY, ""), TODAY));
        try (LetterPdfWriter writer = new LetterPdfWriter("test")) {
            for (AcknowledgementLetter letter : letters) {
                writer.add(letter);
            }
            byte[] pdf = writer.toBytes();
            String text = LetterFixtures.text(pdf);
            assertTrue(text.contains("Dear Zofia Łukasiewicz-Żółć,"), text);
            assertTrue(text.contains("Świetlica Polska"), text);
            assertTrue(text.contains("Leicester"), text);
            assertEquals(3, LetterFixtures.occurrences(text, "Yours sincerely,"));
            LetterFixtures.renderPages(pdf, Path.of("target/letter-pictures"), "scripts");
        }
    }
}
