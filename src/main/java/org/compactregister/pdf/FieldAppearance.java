package org.compactregister.pdf;

import com.ibm.icu.text.Bidi;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * A text field's look (its widgets' normal appearance) drawn with the register's own text drawing
 * ({@link Typeface}), so that a value in Arabic, Urdu, Hebrew, an Indian script or Chinese shows
 * in the field as the printed letters do: Arabic letters joined, right-to-left runs in their order,
 * vowel signs in place, each script in its own face. PDFBox's own field appearance draws such text
 * letter by letter in the field's one font: Arabic unjoined and left to right. The field's value is
 * kept exactly as given (the letters in the order they were typed); only its look is drawn here.
 */
public final class FieldAppearance {

    /** Space between the field's edge and its text, in points, as PDFBox and viewers leave it. */
    private static final float PADDING = 2f;
    private static final float LINE_SPACING = 1.2f;

    private FieldAppearance() {
    }

    /**
     * Whether PDFBox's own appearance would draw {@code text} wrongly: it has right-to-left letters,
     * or letters of a script the main face (Latin, Greek, Cyrillic) does not draw.
     */
    public static boolean needsOwnDrawing(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontFace face = FontFace.forCodePoint(cp);
            if (face != null && face != FontFace.SANS && !FontFace.SANS.has(cp)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets the field's value to {@code value} exactly and draws it as the look of each of its
     * widgets, in black at {@code size} points: one line at the left, centred in the field's height;
     * a multiline field's lines from the top, wrapped at spaces to the field's width. Text wider or
     * taller than the field is cut off at its edge, as viewers do.
     *
     * @param document the document the field is in, which must be the one {@code typeface} draws into
     * @throws IOException when a font cannot be read
     */
    public static void fill(PDDocument document, PDTextField field, String value, Typeface typeface, float size)
            throws IOException {
        field.getCOSObject().setString(COSName.V, value); // setValue would draw PDFBox's own look over ours
        for (PDAnnotationWidget widget : field.getWidgets()) {
            PDRectangle rect = widget.getRectangle();
            PDAppearanceStream look = new PDAppearanceStream(document);
            look.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            look.setResources(new PDResources());
            try (PDPageContentStream content = new PDPageContentStream(document, look)) {
                content.beginMarkedContent(COSName.getPDFName("Tx"));
                content.saveGraphicsState();
                content.addRect(1, 1, rect.getWidth() - 2, rect.getHeight() - 2);
                content.clip();
                content.setNonStrokingColor(Color.BLACK);
                List<String> lines = field.isMultiline()
                        ? typeface.wrap(value, size, rect.getWidth() - 2 * PADDING)
                        : List.of(value.replace('\n', ' '));
                float y = field.isMultiline()
                        ? rect.getHeight() - PADDING - size
                        : (rect.getHeight() - size * 0.7f) / 2f;
                for (String line : lines) {
                    typeface.draw(content, line, PADDING, y, size);
                    y -= size * LINE_SPACING;
                }
                content.restoreGraphicsState();
                content.endMarkedContent();
            }
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.setNormalAppearance(look);
            widget.setAppearance(appearance);
        }
    }
}
