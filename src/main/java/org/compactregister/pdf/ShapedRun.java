package org.compactregister.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A run of one face shaped by Java's own text layout (the HarfBuzz shaper inside the JDK): the
 * glyphs the font's rules chose, in drawing order, each with its place. Glyph places and the
 * advance are in 1/1000 em from the run's start, y upwards.
 */
final class ShapedRun {

    private static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);

    /** One glyph of the font (its glyph id, not a letter) at its place. */
    record Glyph(int id, float x, float y) {
    }

    private final String text;
    private final List<Glyph> glyphs;
    private final float advance;

    private ShapedRun(String text, List<Glyph> glyphs, float advance) {
        this.text = text;
        this.glyphs = glyphs;
        this.advance = advance;
    }

    /** Shapes left-to-right text with a font sized at 1000 points. */
    static ShapedRun of(Font font, String text) {
        return of(font, text, false);
    }

    /**
     * Shapes text, given in logical order, with a font sized at 1000 points; right-to-left text
     * (Arabic letters joined, marks placed over and under them) comes back with its glyphs in
     * drawing order from the left.
     */
    static ShapedRun of(Font font, String text, boolean rightToLeft) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(UNHINTED, chars, 0, chars.length,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < vector.getNumGlyphs(); i++) {
            int id = vector.getGlyphCode(i);
            if (id >= 0xFFFE) {
                continue; // an invisible glyph: a joiner or other format character
            }
            Point2D at = vector.getGlyphPosition(i);
            glyphs.add(new Glyph(id, (float) at.getX(), (float) -at.getY()));
        }
        float advance = (float) vector.getGlyphPosition(vector.getNumGlyphs()).getX();
        return new ShapedRun(text, List.copyOf(glyphs), advance);
    }

    /** The run's width in 1/1000 em. */
    float advance() {
        return advance;
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    /**
     * The run drawn as a small form of its own, its start at the form's origin, size in points, to be
     * placed on pages with {@link #place} as often as the run is printed (the form is written into the
     * PDF once). PDFBox can only draw letters, not chosen glyphs, on a page, so the glyphs go into
     * the form, drawn in the colour current where it is placed; the text itself is attached to it, so
     * that copying it from the PDF gives the letters. Only these glyphs of the font are embedded.
     */
    PDFormXObject form(PDDocument document, PDType0Font font, float size) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(-size, -size, advance / 1000f * size + 2 * size, 3 * size));
        PDResources resources = new PDResources();
        COSName name = resources.add(font);
        form.setResources(resources);
        StringBuilder ops = new StringBuilder();
        ops.append("/Span <</ActualText <FEFF").append(HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_16BE)))
                .append(">>> BDC\nBT\n/").append(name.getName()).append(' ').append(number(size)).append(" Tf\n");
        Set<Integer> used = new HashSet<>();
        for (Glyph glyph : glyphs) {
            ops.append("1 0 0 1 ").append(number(glyph.x() / 1000f * size)).append(' ')
                    .append(number(glyph.y() / 1000f * size)).append(" Tm <")
                    .append(HexFormat.of().formatHex(font.encodeGlyphId(glyph.id()))).append("> Tj\n");
            used.add(glyph.id());
        }
        ops.append("ET\nEMC\n");
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
        }
        font.addGlyphsToSubset(used);
        return form;
    }

    /** Draws a run's {@link #form} with the run's start at (x, y). */
    static void place(PDPageContentStream content, PDFormXObject form, PDType0Font font, float size, float x, float y)
            throws IOException {
        content.setFont(font, size); // so that the document embeds the font's subset when it is saved
        content.saveGraphicsState();
        content.transform(Matrix.getTranslateInstance(x, y));
        content.drawForm(form);
        content.restoreGraphicsState();
    }

    private static String number(float value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
