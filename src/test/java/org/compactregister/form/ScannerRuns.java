package org.compactregister.form;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/** What an office scanner writes: a run of pages as one PDF of JPEG pictures, and pictures with other codes on them. */
public final class ScannerRuns {

    private ScannerRuns() {
    }

    /** The pictures as one PDF, a page each, A4, as JPEGs of quality 0.6. */
    public static void pdf(List<BufferedImage> pages, Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (BufferedImage picture : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                var image = JPEGFactory.createFromImage(document, picture, 0.6f);
                float w = PDRectangle.A4.getWidth(), h = PDRectangle.A4.getHeight();
                float scale = Math.min(w / picture.getWidth(), h / picture.getHeight());
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, h - picture.getHeight() * scale, picture.getWidth() * scale,
                            picture.getHeight() * scale);
                }
            }
            document.save(file.toFile());
        }
    }

    /** An A4 page at {@code dpi} with nothing but a QR code of someone else's (a parcel label) on it. */
    public static BufferedImage foreignCode(String text, float dpi) {
        int w = Math.round(8.27f * dpi), h = Math.round(11.69f * dpi);
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        BitMatrix matrix = QrCodes.encode(text);
        int module = Math.round(dpi / 25f);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    g.fillRect(w / 3 + x * module, h / 4 + y * module, module, module);
                }
            }
        }
        g.dispose();
        return page;
    }

    /** A blank page (the back of a form). */
    public static BufferedImage blankPage(float dpi) {
        BufferedImage page = new BufferedImage(Math.round(8.27f * dpi), Math.round(11.69f * dpi), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.dispose();
        return page;
    }
}
