package org.compactregister.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Names in every script a Leicester register holds, drawn, embedded as subsets, and shaped. */
class ScriptsTest {

    private static final List<String> NAMES = List.of(
            "Leicester Chinese Elders 莱斯特华人长者协会", "香港華人協會 臺灣同鄉會",
            "Kehillat Shalom קהילת שלום", "Gurdwara Seva ਗੁਰਦੁਆਰਾ ਸੇਵਾ ਕਿਰਪਾਲ ਪ੍ਰੀਤ",
            "Bangladesh Centre বাংলাদেশ কমিউনিটি সেন্টার", "Tamil Sangam தமிழ் சங்கம் கொ",
            "پاکستان کمیونٹی سینٹر", "Ελληνική Κοινότητα", "Polska Szkoła Sobotnia Łódź");

    @Test
    void everyScriptIsDrawnWithItsFontEmbeddedAsASubsetAndTheTextComesBack() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfFonts fonts = new PdfFonts(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 780;
                for (String name : NAMES) {
                    fonts.regular().draw(content, name, 50, y, 12);
                    fonts.bold().draw(content, name, 50, y - 18, 12);
                    y -= 44;
                }
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        assertTrue(pdf.length < 120_000, "a page of names in eleven scripts is " + pdf.length + " bytes");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> faces = new HashSet<>();
            PDPage page = document.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                faces.add(checkedSubset(page.getResources().getFont(name)));
            }
            for (var name : page.getResources().getXObjectNames()) {
                PDXObject form = page.getResources().getXObject(name);
                for (var font : ((PDFormXObject) form).getResources().getFontNames()) {
                    faces.add(checkedSubset(((PDFormXObject) form).getResources().getFont(font)));
                }
            }
            for (String face : List.of("NotoSans-Regular", "NotoSans-Bold", "DroidSansFallback",
                    "NotoSansHebrew-Regular", "NotoSansGurmukhi-Bold", "NotoSansBengali-Regular",
                    "NotoSansTamil-Bold", "NotoSansArabic-Regular")) {
                assertTrue(faces.contains(face), face + " missing from " + faces);
            }
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("莱斯特华人长者协会"), text);
            assertTrue(text.contains("香港華人協會"), text);
            assertTrue(text.contains("Łódź"), text);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100);
            Path pictures = Files.createDirectories(Path.of("target", "script-pictures"));
            ImageIO.write(image, "png", pictures.resolve("names-in-every-script.png").toFile());
        }
    }

    private static String checkedSubset(PDFont font) {
        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
        return font.getName().substring(7);
    }

    @Test
    void vowelSignsWrittenAfterTheirConsonantAreDrawnBeforeItOrAroundIt() {
        // Gurmukhi sihari, Bengali i-kar: drawn before the consonant they follow in the text
        assertEquals(List.of(glyph(FontFace.GURMUKHI, "ਿ"), glyph(FontFace.GURMUKHI, "ਕ")),
                ids(FontFace.GURMUKHI, "ਕਿ"));
        assertEquals(List.of(glyph(FontFace.BENGALI, "ি"), glyph(FontFace.BENGALI, "ক")),
                ids(FontFace.BENGALI, "কি"));
        // Tamil "ko": the two-part vowel splits around the consonant
        assertEquals(List.of(glyph(FontFace.TAMIL, "ெ"), glyph(FontFace.TAMIL, "க"), glyph(FontFace.TAMIL, "ா")),
                ids(FontFace.TAMIL, "கொ"));
        // Tamil "ku" is one glyph of its own, not the consonant and a sign
        assertEquals(1, ids(FontFace.TAMIL, "கு").size());
        assertTrue(ShapedRun.of(FontFace.TAMIL.layoutFont(false), "தமிழ்").advance() > 0);
    }

    @Test
    void devanagariAndGujaratiAreShapedByJavaSoThatAVowelSignAfterARephComesBeforeItsConsonant() throws Exception {
        // कीर्ति, કીર્તિ (Kirti): र्/ર્ (ra + virama) over ति/તિ becomes the reph mark, drawn after the ta,
        // and the i sign is drawn before the ta; PDFBox's own substitutions drew "कीतर्" with a stray virama
        for (FontFace face : List.of(FontFace.DEVANAGARI, FontFace.GUJARATI)) {
            String kirti = face == FontFace.DEVANAGARI ? "कीर्ति" : "કીર્તિ";
            String ta = face == FontFace.DEVANAGARI ? "त" : "ત";
            String virama = face == FontFace.DEVANAGARI ? "्" : "્";
            List<Integer> ids = ids(face, kirti);
            int taAt = ids.indexOf(glyph(face, ta));
            assertTrue(taAt > 0, face + ": " + ids);
            assertTrue(ids.size() == taAt + 2, face + ": the reph mark is the last glyph, after the ta: " + ids);
            assertTrue(!ids.contains(glyph(face, virama)), face + ": no stray virama in " + ids);
            assertEquals(FontFace.Shaping.JAVA, face.shaping());
        }
        // and a letter drawn in a PDF is the glyphs Java chose, with the text kept for copying
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new PdfFonts(document).regular().draw(content, "Kirti कीर्ति કીર્તિ", 50, 700, 14);
            }
            document.save(out);
            try (PDDocument saved = Loader.loadPDF(out.toByteArray())) {
                String text = new PDFTextStripper().getText(saved);
                assertTrue(text.contains("कीर्ति") && text.contains("કીર્તિ"), text);
            }
        }
    }

    @Test
    void pashtoAndKurdishLettersAreJoinedAndArabicMarksPlacedByTheShaper() {
        // ټ ښ (Pashto) and ڵ ێ (Kurdish) have no presentation forms for ICU4J to join: Java shapes them
        for (String word : List.of("ټولنې", "ښځو", "کۆمەڵەی", "لێستەر")) {
            ShapedRun joined = ShapedRun.of(FontFace.ARABIC.layoutFont(false), word, true);
            List<Integer> alone = word.codePoints().mapToObj(cp -> glyph(FontFace.ARABIC, new String(Character.toChars(cp))))
                    .toList();
            List<Integer> drawn = joined.glyphs().stream().map(ShapedRun.Glyph::id).toList();
            assertTrue(drawn.stream().anyMatch(id -> !alone.contains(id)), word + ": joined forms, not " + alone);
            for (int i = 1; i < joined.glyphs().size(); i++) {
                assertTrue(joined.glyphs().get(i).x() >= joined.glyphs().get(i - 1).x() - 1000,
                        word + ": glyphs in drawing order from the left");
            }
        }
        // مُحَمَّد: the damma, fatha and shadda sit on their letters (no advance of their own)
        ShapedRun marked = ShapedRun.of(FontFace.ARABIC.layoutFont(false), "مُحَمَّد", true);
        ShapedRun bare = ShapedRun.of(FontFace.ARABIC.layoutFont(false), "محمد", true);
        assertEquals(bare.advance(), marked.advance(), 1f, "the marks add no width");
        assertEquals(FontFace.Shaping.JAVA, FontFace.ARABIC.shaping());
    }

    @Test
    void aCombiningAccentOverACapitalIsRaisedAboveIt() {
        // Yoruba Ẹ́ (U+1EB8 U+0301): the font's own placing lifts the accent over the capital, where
        // drawn letter by letter it sat at the small letters' height, on the capital
        ShapedRun capital = ShapedRun.of(FontFace.SANS.layoutFont(false), "\u1EB8\u0301");
        ShapedRun small = ShapedRun.of(FontFace.SANS.layoutFont(false), "\u1EB9\u0301");
        assertEquals(2, capital.glyphs().size());
        assertTrue(capital.glyphs().get(1).y() > small.glyphs().get(1).y() + 100,
                "raised: " + capital.glyphs() + " against " + small.glyphs());
    }

    @Test
    void aShapedNamePrintedOnManyPagesIsWrittenIntoThePdfOnce() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Typeface regular = new PdfFonts(document).regular();
            for (int letter = 0; letter < 50; letter++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    regular.draw(content, "Kirti कीर्ति Trust", 50, 700, 11);
                    regular.draw(content, "د افغان ټولنې مرکز", 50, 680, 11);
                }
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<Long> forms = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    forms.add(page.getResources().getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.XOBJECT)
                            .getCOSObject(name).getKey().getNumber());
                }
            }
            assertEquals(2, forms.size(), "one form for the Devanagari run and one for the Arabic line, on all 50 pages");
            assertTrue(new PDFTextStripper().getText(document).contains("कीर्ति"));
        }
        assertTrue(pdf.length < 200_000, "50 pages of the same two names: " + pdf.length + " bytes");
    }

    private static List<Integer> ids(FontFace face, String text) {
        return ShapedRun.of(face.layoutFont(false), text).glyphs().stream().map(ShapedRun.Glyph::id).toList();
    }

    private static int glyph(FontFace face, String letter) {
        Font font = face.layoutFont(false);
        return font.createGlyphVector(new FontRenderContext(null, true, true), letter).getGlyphCode(0);
    }
}
