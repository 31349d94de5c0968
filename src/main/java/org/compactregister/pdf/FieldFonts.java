package org.compactregister.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Fonts for a fillable PDF's text fields, embedded whole (not as a subset), so that whatever a
 * person types in a viewer, Welsh ŵ and ŷ included, can be shown. The main face (Noto Sans: Latin,
 * Greek, Cyrillic) serves every field; a value filled in beforehand in another script gets that
 * script's face. Each is the shipped file, with its glyph substitutions, for the viewer to shape
 * what is typed (Devanagari, Gujarati, Gurmukhi, Bengali, Tamil conjuncts and vowel signs).
 */
public final class FieldFonts {

    private final PDDocument document;
    private final Map<FontFace, PDType0Font> loaded = new EnumMap<>(FontFace.class);

    public FieldFonts(PDDocument document) {
        this.document = document;
    }

    /** The main face, for fields a person fills in. */
    public PDType0Font main() throws IOException {
        return load(FontFace.SANS);
    }

    /** The face for a value: the one its first letter outside Latin, Greek and Cyrillic needs, else the main face. */
    public PDType0Font forText(String text) throws IOException {
        FontFace face = FontFace.SANS;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontFace needed = FontFace.forCodePoint(cp);
            if (needed != null && needed != FontFace.SANS && !FontFace.SANS.has(cp)) {
                face = needed;
                break;
            }
        }
        return load(face);
    }

    private PDType0Font load(FontFace face) throws IOException {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            font = PDType0Font.load(document, new ByteArrayInputStream(face.original(false)), false);
            loaded.put(face, font);
        }
        return font;
    }
}
