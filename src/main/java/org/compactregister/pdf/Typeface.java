package org.compactregister.pdf;

import com.ibm.icu.text.BreakIterator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * One weight (regular or bold) of the shipped fonts, embedded in one PDF document: measures, wraps
 * and draws text, switching to the face each script needs (Arabic, Hebrew, the Indian scripts,
 * Chinese).
 * Check text with {@link PrintableText} first: letters no font has are drawn with the main face's
 * missing-glyph box. Each text's runs and width, and each paragraph's lines, are worked out once
 * per document (a letter run repeats most of its words, lines and paragraphs a thousand times).
 */
public final class Typeface {

    private final PDDocument document;
    private final boolean bold;
    private final Map<FontFace, PDType0Font> loaded = new EnumMap<>(FontFace.class);
    /** Advance widths (1/1000 em) of the Basic Multilingual Plane's letters, per face, as measured. */
    private final Map<FontFace, float[]> advances = new EnumMap<>(FontFace.class);
    private final Map<FontFace, Map<String, ShapedRun>> shaped = new EnumMap<>(FontFace.class);
    /** The shaped runs drawn so far, each a form written into the PDF once, by run and size. Emptied at {@value #KEPT}. */
    private final Map<Drawn, PDFormXObject> forms = new HashMap<>();
    /** Texts (words, lines) as measured: their runs and widths. Emptied when it holds {@value #KEPT} texts. */
    private final Map<String, Measured> measured = new HashMap<>();
    /** Paragraphs as wrapped, by text, size and width. Emptied when it holds {@value #KEPT}. */
    private final Map<Wrapping, List<String>> wrapped = new HashMap<>();
    private static final int KEPT = 20_000;
    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    Typeface(PDDocument document, boolean bold) {
        this.document = document;
        this.bold = bold;
    }

    private PDType0Font font(FontFace face) throws IOException {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            font = PDType0Font.load(document, new ByteArrayInputStream(face.file(bold)), true);
            loaded.put(face, font);
        }
        return font;
    }

    /** The text cut into runs of one face and one direction each, in drawing order from the left. */
    private List<Run> runs(String logical) {
        List<Run> runs = new ArrayList<>();
        for (VisualText.Piece piece : VisualText.pieces(logical)) {
            List<Run> faces = byFace(piece.text(), piece.rightToLeft());
            if (piece.rightToLeft()) {
                Collections.reverse(faces);
            }
            runs.addAll(faces);
        }
        return runs;
    }

    /** A piece cut where its face changes, in logical order; a run no shaper lays out is drawn reversed when right to left. */
    private static List<Run> byFace(String piece, boolean rightToLeft) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        FontFace currentFace = null;
        for (int i = 0; i < piece.length(); ) {
            int cp = piece.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp == ZERO_WIDTH_JOINER || cp == ZERO_WIDTH_NON_JOINER) && currentFace != null
                    && currentFace.shaping() == FontFace.Shaping.JAVA) {
                current.appendCodePoint(cp); // it chooses a letter's form (Bengali র‍্য, Persian می‌خواهم): the shaper needs it
                continue;
            }
            FontFace face = FontFace.forCodePoint(cp);
            if (face == null || (Character.getType(cp) == Character.FORMAT)) {
                continue;
            }
            boolean neutral = Character.isWhitespace(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.COMMON;
            if (currentFace != null && face != currentFace && neutral && currentFace.has(cp)) {
                face = currentFace;
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(Run.of(currentFace, current.toString(), rightToLeft));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(Run.of(currentFace, current.toString(), rightToLeft));
        }
        return runs;
    }

    /**
     * A run of one face: {@code text} in logical order when {@code shaped} (laid out by Java's text
     * layout, right to left when {@code rightToLeft}), else as drawn, left to right. A run is shaped
     * when its face needs it, or when it holds a combining accent (Yoruba Ẹ́, a decomposed é), which
     * only the font's own placing sets right over a capital.
     */
    private record Run(FontFace face, String text, boolean rightToLeft, boolean shaped) {

        static Run of(FontFace face, String text, boolean rightToLeft) {
            if (face.shaping() == FontFace.Shaping.JAVA || holdsCombiningAccent(text)) {
                return new Run(face, text, rightToLeft, true);
            }
            return new Run(face, rightToLeft ? VisualText.reversed(text) : text, false, false);
        }

        private static boolean holdsCombiningAccent(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Measured(List<Run> runs, float[] widths, float width) {
    }

    private record Wrapping(String paragraph, float size, float maxWidth) {
    }

    private Measured measure(String text) throws IOException {
        Measured known = measured.get(text);
        if (known != null) {
            return known;
        }
        List<Run> runs = runs(text);
        float[] widths = new float[runs.size()];
        float width = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = runWidth(runs.get(i));
            width += widths[i];
        }
        Measured made = new Measured(runs, widths, width);
        if (measured.size() >= KEPT) {
            measured.clear();
        }
        measured.put(text, made);
        return made;
    }

    /** The width of the text in points at this size. */
    public float width(String text, float size) throws IOException {
        return measure(text).width() / 1000f * size;
    }

    /** The width of a run in 1/1000 em, as PDFBox will draw it. */
    private float runWidth(Run run) throws IOException {
        if (run.shaped()) {
            return shape(run).advance();
        }
        float width = 0;
        String text = run.text();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            width += advance(run.face(), cp);
        }
        return width;
    }

    private float advance(FontFace face, int cp) throws IOException {
        if (cp >= 0x10000) {
            return font(face).getStringWidth(new String(Character.toChars(cp)));
        }
        float[] widths = advances.computeIfAbsent(face, f -> {
            float[] unknown = new float[0x10000];
            Arrays.fill(unknown, Float.NaN);
            return unknown;
        });
        float width = widths[cp];
        if (Float.isNaN(width)) {
            width = font(face).getStringWidth(String.valueOf((char) cp));
            widths[cp] = width;
        }
        return width;
    }

    private ShapedRun shape(Run run) {
        String key = run.rightToLeft() ? RIGHT_TO_LEFT_KEY + run.text() : run.text();
        Map<String, ShapedRun> ofFace = shaped.computeIfAbsent(run.face(), face -> new HashMap<>());
        if (ofFace.size() >= KEPT) {
            ofFace.clear();
        }
        return ofFace.computeIfAbsent(key, text -> ShapedRun.of(run.face().layoutFont(bold), run.text(), run.rightToLeft()));
    }

    /** A shaped run at a size, as drawn. */
    private record Drawn(Run run, float size) {
    }

    /** Draws a shaped run with its start at (x, y), from the form made the first time it was drawn at this size. */
    private void drawShaped(PDPageContentStream content, Run run, float x, float y, float size) throws IOException {
        PDType0Font font = font(run.face());
        Drawn drawn = new Drawn(run, size);
        PDFormXObject form = forms.get(drawn);
        if (form == null) {
            if (forms.size() >= KEPT) {
                forms.clear();
            }
            form = shape(run).form(document, font, size);
            forms.put(drawn, form);
        }
        ShapedRun.place(content, form, font, size, x, y);
    }

    /** Put before a right-to-left run's text in the cache of shaped runs. */
    private static final String RIGHT_TO_LEFT_KEY = "\u0001";

    /** Draws the text with its left end at x and its baseline at y. */
    public void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        Measured measuredText = measure(text);
        float at = x;
        for (int i = 0; i < measuredText.runs().size(); i++) {
            Run run = measuredText.runs().get(i);
            if (run.shaped()) {
                drawShaped(content, run, at, y, size);
            } else {
                PDType0Font font = font(run.face());
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(at, y);
                content.showText(run.text());
                content.endText();
            }
            at += measuredText.widths()[i] / 1000f * size;
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
            Wrapping wrapping = new Wrapping(paragraph.strip(), size, maxWidth);
            List<String> known = wrapped.get(wrapping);
            if (known == null) {
                List<String> made = new ArrayList<>();
                wrapParagraph(wrapping.paragraph(), size, maxWidth, made);
                String mark = VisualText.directionMark(wrapping.paragraph());
                known = mark.isEmpty() ? List.copyOf(made) : made.stream().map(line -> mark + line).toList();
                if (wrapped.size() >= KEPT) {
                    wrapped.clear();
                }
                wrapped.put(wrapping, known);
            }
            lines.addAll(known);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float maxWidth, List<String> lines) throws IOException {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        float space = width(" ", size);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            float wordWidth = width(word, size);
            float candidate = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
            if (candidate <= maxWidth) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = candidate;
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
            lineWidth = width(rest, size);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
    }

    /** The longest start of {@code word} that fits, cut between whole letters (a vowel sign or accent stays with its letter). */
    private int longestPrefixThatFits(String word, float size, float maxWidth) throws IOException {
        BreakIterator letters = BreakIterator.getCharacterInstance(Locale.ROOT);
        letters.setText(word);
        int cut = letters.next();
        for (int end = cut; end != BreakIterator.DONE; end = letters.next()) {
            if (width(word.substring(0, end), size) > maxWidth) {
                break;
            }
            cut = end;
        }
        return cut;
    }
}
