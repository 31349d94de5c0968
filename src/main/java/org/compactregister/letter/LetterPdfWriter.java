package org.compactregister.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.compactregister.model.AcknowledgementLetter;
import org.compactregister.model.LetterTemplate;
import org.compactregister.pdf.PdfFonts;
import org.compactregister.pdf.UnprintableTextException;

/**
 * Writes acknowledgement letters one after another into one PDF, with the shipped fonts embedded
 * (subsets) and each logo stored once however many letters show it.
 */
final class LetterPdfWriter implements AutoCloseable {

    private final PDDocument document = new PDDocument();
    private final LetterLayout layout = new LetterLayout(new PdfFonts(document));
    private final Map<byte[], PDImageXObject> logos = new IdentityHashMap<>();
    private final Map<byte[], LetterLayout.LogoSize> logoSizes = new IdentityHashMap<>();
    /** The templates whose own wording has been checked, so that a run of letters checks it once. */
    private final Set<LetterTemplate> checkedTemplates = Collections.newSetFromMap(new IdentityHashMap<>());

    LetterPdfWriter(String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Compact Register");
    }

    /**
     * Adds the letter's pages. Refuses it, adding nothing, when it cannot be printed correctly.
     *
     * @throws UnprintableTextException naming the letter and why
     */
    void add(AcknowledgementLetter letter) throws IOException {
        LetterChecks.requirePrintableRecipient(letter);
        if (!checkedTemplates.contains(letter.template())) {
            LetterChecks.requirePrintable(letter.template());
            checkedTemplates.add(letter.template());
        }
        byte[] logo = letter.template().logo();
        List<List<Ink>> pages = layout.layOut(letter, logo == null ? null : logoSize(logo));
        for (List<Ink> inks : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Ink ink : inks) {
                    draw(content, ink);
                }
            }
        }
    }

    private void draw(PDPageContentStream content, Ink ink) throws IOException {
        if (ink instanceof Ink.Words words) {
            content.setNonStrokingColor(words.grey(), words.grey(), words.grey());
            if (words.rightAligned()) {
                words.face().drawRightAligned(content, words.text(), words.x(), words.y(), words.size());
            } else {
                words.face().draw(content, words.text(), words.x(), words.y(), words.size());
            }
        } else if (ink instanceof Ink.Logo logo) {
            content.drawImage(image(logo.image()), logo.x(), logo.y(), logo.width(), logo.height());
        } else if (ink instanceof Ink.Rule rule) {
            content.setStrokingColor(rule.grey(), rule.grey(), rule.grey());
            content.setLineWidth(0.6f);
            content.moveTo(rule.x1(), rule.y());
            content.lineTo(rule.x2(), rule.y());
            content.stroke();
        }
    }

    /**
     * The logo's size in pixels, from the image stored in the PDF (decoded once for both); null,
     * and no logo on the letter, when the picture cannot be read.
     */
    private LetterLayout.LogoSize logoSize(byte[] logo) {
        if (!logoSizes.containsKey(logo)) {
            LetterLayout.LogoSize size;
            try {
                PDImageXObject image = image(logo);
                size = new LetterLayout.LogoSize(image.getWidth(), image.getHeight());
            } catch (IOException | IllegalArgumentException unreadable) {
                size = null;
            }
            logoSizes.put(logo, size);
        }
        return logoSizes.get(logo);
    }

    private PDImageXObject image(byte[] logo) throws IOException {
        PDImageXObject image = logos.get(logo);
        if (image == null) {
            image = PDImageXObject.createFromByteArray(document, logo, "letterhead");
            logos.put(logo, image);
        }
        return image;
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
