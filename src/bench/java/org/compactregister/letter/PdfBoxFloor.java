package org.compactregister.letter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The floor under {@code letters --outstanding} as a whole process: a bare JVM in which PDFBox alone
 * writes the same text into a PDF, nothing else (no register, no logging, no layout or checks, the
 * standard Helvetica, which is not embedded, so no font is read or subset). The text is the letters
 * PDF's own, as {@code pdftotext} gives it (pages split by form feeds, one text line per line), the
 * same text LibreOffice's baseline is made from (README, "Letters"). Time it whole:
 * <pre>
 * pdftotext letters.pdf letters.txt
 * /usr/bin/time -f %e java -cp "target/test-classes:$(cat target/cp.txt)" org.compactregister.letter.PdfBoxFloor letters.txt floor.pdf
 * </pre>
 * Characters Helvetica's WinAnsi encoding lacks are written as "?" (the fictional letters have none).
 */
public final class PdfBoxFloor {

    private PdfBoxFloor() {
    }

    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            for (String pageText : text.split("\f")) {
                if (pageText.isBlank()) {
                    continue;
                }
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 800;
                    for (String line : pageText.split("\n")) {
                        if (!line.isBlank()) {
                            content.beginText();
                            content.setFont(font, 10);
                            content.newLineAtOffset(56, y);
                            content.showText(winAnsi(line.strip()));
                            content.endText();
                        }
                        y -= 13;
                    }
                }
            }
            document.save(new File(args[1]));
        }
    }

    private static String winAnsi(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> out.appendCodePoint(cp < 0x100 || "‘’“”–—€•…".indexOf(cp) >= 0 ? cp : '?'));
        return out.toString();
    }
}
