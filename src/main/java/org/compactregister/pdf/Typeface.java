package org.compactregister.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One weight (regular or bold) of the shipped fonts, embedded in one PDF document: measures, wraps
 * and draws text, switching to the Arabic, Gujarati or Devanagari face where the text needs it.
 * Check text with {@link PrintableText} first: letters no font has are drawn with the main face's
 * missing-glyph box.
 */
public final class Typeface {

    private final PDDocument document;
    private final boolean bold;
    private final Map<FontFace, PDType0Font> loaded = new EnumMap<>(FontFace.class);

    Typeface(PDDocument document, boolean bold) {
        this.document = document;
        this.bold = bold;
    }

    private PDType0Font font(FontFace face) throws IOException {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            font = PDType0Font.load(document, face.open(bold), true);
            loaded.put(face, font);
        }
        return font;
    }

    /** The text cut into runs of one face each, in drawing order. */
    private List<Run> runs(String logical) {
        String visual = VisualText.of(logical);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        FontFace currentFace = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            FontFace face = FontFace.forCodePoint(cp);
            if (face == null || (Character.getType(cp) == Character.FORMAT)) {
                continue;
            }
            boolean neutral = Character.isWhitespace(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.COMMON;
            if (currentFace != null && face != currentFace && neutral && currentFace.has(cp)) {
                face = currentFace;
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFace, current.toString()));
        }
        return runs;
    }

    private record Run(FontFace face, String text) {
    }

    /** The width of the text in points at this size. */
    public float width(String text, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text)) {
            width += font(run.face()).getStringWidth(run.text()) / 1000f * size;
        }
        return width;
    }

    /** Draws the text with its left end at x and its baseline at y. */
    public void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        float at = x;
        for (Run run : runs(text)) {
            PDType0Font font = font(run.face());
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(at, y);
            content.showText(run.text());
            content.endText();
            at += font.getStringWidth(run.text()) / 1000f * size;
        }
    }

    /** Draws the text so that its right end is at x. */
    public void drawRightAligned(PDPageContentStream content, String text, float x, float y, float size)
            throws IOException {
        draw(content, text, x - width(text, size), y, size);
    }

    /**
     * The text broken into lines no wider than {@code maxWidth}: at spaces where it can, inside a
     * word only when one word is wider than the line. Line breaks in the text are kept.
     */
    public List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph.strip(), size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float maxWidth, List<String> lines) throws IOException {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size) > maxWidth) {
                int cut = longestPrefixThatFits(rest, size, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
    }

    private int longestPrefixThatFits(String word, float size, float maxWidth) throws IOException {
        int cut = 1;
        for (int end = 1; end <= word.length(); end = word.offsetByCodePoints(end, 1)) {
            if (width(word.substring(0, end), size) > maxWidth) {
                break;
            }
            cut = end;
            if (end == word.length()) {
                break;
            }
        }
        return Math.max(cut, Character.charCount(word.codePointAt(0)));
    }
}
