package org.compactregister.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.compactregister.pdf.PdfFonts;
import org.compactregister.pdf.Typeface;

/**
 * A plain A4 document of headings and paragraphs, wrapped and carried over pages, with "Page N of M"
 * at the foot: the readable summary in a subject access pack. Any script the letters print, prints.
 */
final class TextPdf {

    private static final float MARGIN = 56;
    private static final float TITLE = 15;
    private static final float HEADING = 11.5f;
    private static final float BODY = 10;

    private record Block(String text, float size, boolean bold, float spaceBefore) {
    }

    private final List<Block> blocks = new ArrayList<>();

    TextPdf title(String text) {
        blocks.add(new Block(text, TITLE, true, 0));
        return this;
    }

    TextPdf heading(String text) {
        blocks.add(new Block(text, HEADING, true, 14));
        return this;
    }

    TextPdf paragraph(String text) {
        blocks.add(new Block(text, BODY, false, 5));
        return this;
    }

    /** One field as "Label: value". */
    TextPdf field(String label, String value) {
        blocks.add(new Block(label + ": " + value, BODY, false, 2));
        return this;
    }

    byte[] toBytes(String documentTitle) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(documentTitle);
            PdfFonts fonts = new PdfFonts(document);
            PDRectangle size = PDRectangle.A4;
            float width = size.getWidth() - 2 * MARGIN;
            List<PDPage> pages = new ArrayList<>();
            PDPage page = null;
            PDPageContentStream content = null;
            float y = 0;
            for (Block block : blocks) {
                Typeface face = block.bold() ? fonts.bold() : fonts.regular();
                float line = block.size() * 1.35f;
                for (String text : face.wrap(block.text(), block.size(), width)) {
                    if (content == null || y - line - block.spaceBefore() < MARGIN + 20) {
                        if (content != null) {
                            content.close();
                        }
                        page = new PDPage(size);
                        document.addPage(page);
                        pages.add(page);
                        content = new PDPageContentStream(document, page);
                        y = size.getHeight() - MARGIN;
                    } else {
                        y -= block.spaceBefore();
                    }
                    y -= line;
                    face.draw(content, text, MARGIN, y, block.size());
                    block = new Block(block.text(), block.size(), block.bold(), 0);
                }
            }
            if (content != null) {
                content.close();
            }
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String number = "Page " + (i + 1) + " of " + pages.size();
                    fonts.regular().draw(foot, number, (size.getWidth() - fonts.regular().width(number, 8.5f)) / 2,
                            MARGIN / 2, 8.5f);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
