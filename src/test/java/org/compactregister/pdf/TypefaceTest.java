package org.compactregister.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypefaceTest {

    private static final List<String> NAMES = List.of(
            "Wojciech Wiśniewski-Łęcki", "Ayşe Yılmaz Öztürk", "Ioana Țăranu-Ștefănescu",
            "Nguyễn Thị Lan", "Siobhán Ní Mhurchú", "Ελένη Παπαδοπούλου", "Дмитрий Иванов");

    @TempDir
    Path dir;

    @Test
    void latinGreekAndCyrillicNamesComeBackFromThePdfAsWritten() throws Exception {
        Path file = dir.resolve("names.pdf");
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 780;
                for (String name : NAMES) {
                    fonts.regular().draw(content, name, 60, y, 12);
                    y -= 20;
                }
                fonts.bold().draw(content, "મહેતા પરિવાર ટ્રસ્ટ", 60, y, 12);
                fonts.regular().draw(content, "جمعية النور Leicester", 60, y - 20, 12);
            }
            document.save(file.toFile());
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document);
            for (String name : NAMES) {
                assertTrue(text.contains(name), () -> name + " missing from: " + text);
            }
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertTrue(fonts.size() >= 3, "regular, bold and the Arabic face are used");
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            ImageIO.write(image, "png", dir.resolve("names.png").toFile());
            assertEquals(595, image.getWidth());
        }
    }

    @Test
    void longWordsAndLongNamesWrapWithinTheWidth() throws Exception {
        try (PDDocument document = new PDDocument()) {
            Typeface regular = new PdfFonts(document).regular();
            String name = "The Brambleford and Kingsmere Community Association for Carers, Young Carers and "
                    + "Their Families (incorporating Supercalifragilisticexpialidociouslylongword Group)";
            List<String> lines = regular.wrap(name, 11, 150);
            assertTrue(lines.size() > 3);
            for (String line : lines) {
                assertTrue(regular.width(line, 11) <= 150, line);
            }
            assertEquals(name.replace(" ", ""), String.join("", lines).replace(" ", ""));
        }
    }

    @Test
    void everyLineOfAParagraphThatReadsRightToLeftKeepsThatDirectionAndAVowelSignStaysWithItsLetter() throws Exception {
        try (PDDocument document = new PDDocument()) {
            Typeface regular = new PdfFonts(document).regular();
            List<String> arabic = regular.wrap("جمعية الشباب العربي في مدينة ليستر Leicester Youth Branch للشباب "
                    + "والرياضة", 10, 110);
            assertTrue(arabic.size() > 1, arabic.toString());
            assertTrue(arabic.stream().allMatch(line -> line.startsWith("\u200F")), "a right-to-left mark before "
                    + "each line, so that one starting with Leicester still reads right to left: " + arabic);
            List<String> latin = regular.wrap("Leicester Central Community مسجد الرحمة الكبير Trust", 10, 110);
            assertTrue(latin.size() > 1 && latin.stream().allMatch(line -> line.startsWith("\u200E")), "a left-to-right "
                    + "mark before each line, so that one starting with the Arabic words still reads left to right: "
                    + latin);
            assertEquals(List.of("Oakwell Youth Club"), regular.wrap("Oakwell Youth Club", 10, 200), "no mark in text "
                    + "that needs none");
            List<String> bengali = regular.wrap("বাংলাদেশকমিউনিটিসেন্টারলেস্টারশাখা", 10, 60);
            assertTrue(bengali.size() > 2, bengali.toString());
            for (String line : bengali) {
                int first = line.codePointAt(0);
                int last = line.codePointBefore(line.length());
                assertTrue(Character.getType(first) != Character.NON_SPACING_MARK
                        && Character.getType(first) != Character.COMBINING_SPACING_MARK, "no line starts with a vowel "
                        + "sign or mark cut from its letter: " + bengali);
                assertTrue(last != 0x09CD, "no line ends with a virama whose consonant went on: " + bengali);
            }
        }
    }

    @Test
    void aParagraphWrappedAgainInTheSameDocumentGivesTheSameLinesInAListOfItsOwn() throws Exception {
        try (PDDocument document = new PDDocument()) {
            Typeface regular = new PdfFonts(document).regular();
            String paragraph = "I am pleased to confirm that Ashcombe Allotment Society is now a signatory of the "
                    + "Brambleford Compact, from 19 March 2024.\nجمعية النور Leicester and שלום Trust too.";
            List<String> first = regular.wrap(paragraph, 11, 200);
            float width = regular.width(first.get(0), 11);
            first.add("changed by the caller");
            List<String> again = regular.wrap(paragraph, 11, 200);
            assertEquals(first.subList(0, first.size() - 1), again);
            assertEquals(width, regular.width(again.get(0), 11));
            assertTrue(again.size() > 3, again::toString);
            assertTrue(regular.wrap(paragraph, 11, 400).size() < again.size(), "a wider column takes fewer lines");
            assertEquals(2 * regular.width("Brambleford", 11), regular.width("Brambleford", 22), 0.001f);
        }
    }

    @Test
    void scriptsTheFontsDoNotHaveAreRefusedWithAMessageNamingTheLetter() {
        for (String printable : List.of("Zoë Ó Briain", "جمعية", "મહેતા", "李明 Community Trust", "萊斯特華人",
                "שלום Trust", "ਗੁਰਦੁਆਰਾ", "বাংলা", "தமிழ்")) {
            assertTrue(PrintableText.problem(printable).isEmpty(), printable);
        }
        var problem = PrintableText.problem("ሰላም Community Trust");
        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("\"ሰ\" (U+1230, Ethiopic script)"), problem.get());
        assertTrue(PrintableText.problem("สมาคม").orElseThrow().contains("Thai script"));
        assertEquals("??? Community Trust", PrintableText.printable("ሰላም Community Trust"));
        assertEquals("Oak Trust", PrintableText.printable("Oak Trust"));
    }
}
