package org.compactregister.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One of the fonts the register ships in {@code assets/fonts} (Noto under the SIL Open Font
 * Licence; Droid Sans Fallback under the Apache Licence 2.0), with the scripts it is used for, how
 * its letters are shaped, and a way to ask whether it has a letter.
 */
enum FontFace {
    SANS("NotoSans", Shaping.NONE, EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
            UnicodeScript.CYRILLIC, UnicodeScript.COMMON, UnicodeScript.INHERITED)),
    ARABIC("NotoSansArabic", Shaping.JAVA, EnumSet.of(UnicodeScript.ARABIC)),
    HEBREW("NotoSansHebrew", Shaping.NONE, EnumSet.of(UnicodeScript.HEBREW)),
    GUJARATI("NotoSansGujarati", Shaping.JAVA, EnumSet.of(UnicodeScript.GUJARATI)),
    DEVANAGARI("NotoSansDevanagari", Shaping.JAVA, EnumSet.of(UnicodeScript.DEVANAGARI)),
    GURMUKHI("NotoSansGurmukhi", Shaping.JAVA, EnumSet.of(UnicodeScript.GURMUKHI)),
    BENGALI("NotoSansBengali", Shaping.JAVA, EnumSet.of(UnicodeScript.BENGALI)),
    TAMIL("NotoSansTamil", Shaping.JAVA, EnumSet.of(UnicodeScript.TAMIL)),
    /** Chinese (Simplified and Traditional), with Japanese kana; one weight only. It has no Korean syllables. */
    CJK("DroidSansFallbackFull", Shaping.NONE, EnumSet.of(UnicodeScript.HAN, UnicodeScript.BOPOMOFO,
            UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA));

    /** How a face's letters take their shapes from their neighbours. */
    enum Shaping {
        /** None from the font: Latin, Greek, Cyrillic, Hebrew and Chinese need none. */
        NONE,
        /**
         * Java's own text layout shapes the run (vowel signs moved before their consonant, two-part
         * vowels split, conjuncts, marks placed), and the glyphs it chose are drawn where it put
         * them: Arabic (letters joined, right to left, the harakat placed; Pashto ټ ښ and Kurdish ڵ
         * ێ, which have no presentation forms for ICU4J to join, included), Devanagari, Gujarati,
         * Gurmukhi, Bengali and Tamil. (PDFBox's own substitutions misplaced a vowel sign after a
         * reph, as in कीर्ति, and lost nuktas' vowel signs.)
         */
        JAVA
    }

    private final String family;
    private final Shaping shaping;
    private final Set<UnicodeScript> scripts;
    private volatile CmapLookup coverage;
    private final byte[][] originals = new byte[2][];
    private final byte[][] files = new byte[2][];
    private final Font[] layoutFonts = new Font[2];

    FontFace(String family, Shaping shaping, Set<UnicodeScript> scripts) {
        this.family = family;
        this.shaping = shaping;
        this.scripts = scripts;
    }

    Shaping shaping() {
        return shaping;
    }

    /**
     * The font file to embed, with its glyph substitutions (the GSUB table: ligatures, conjuncts,
     * alternates) hidden (renamed): PDFBox would otherwise apply them to every piece of text it
     * draws, slowly, and then draw text wider or narrower than it measured. The scripts that need
     * them are shaped by Java's text layout, from the original file, and drawn glyph by glyph.
     */
    synchronized byte[] file(boolean bold) {
        int index = weight(bold);
        if (files[index] == null) {
            files[index] = OpenTypeTables.hide(original(bold), "GSUB");
        }
        return files[index];
    }

    /** The face as Java's text layout shapes it, at 1000 points (so that its units are 1/1000 em). */
    synchronized Font layoutFont(boolean bold) {
        int index = weight(bold);
        if (layoutFonts[index] == null) {
            layoutFonts[index] = read(new ByteArrayInputStream(original(bold))).deriveFont(1000f);
        }
        return layoutFonts[index];
    }

    /**
     * The font file as shipped, glyph substitutions and all: for fonts a PDF viewer draws with
     * itself (fillable fields), so that it can shape what a person types.
     */
    synchronized byte[] original(boolean bold) {
        int index = weight(bold);
        if (originals[index] == null) {
            try (InputStream in = open(bold)) {
                originals[index] = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return originals[index];
    }

    /** Which of the caches holds this weight: the one weight of a face that has no bold. */
    private int weight(boolean bold) {
        return bold && this != CJK ? 1 : 0;
    }

    /** The classpath resource of this face in the given weight (the regular one when it has no bold). */
    String resource(boolean bold) {
        if (this == CJK) {
            return "/assets/fonts/" + family + ".ttf";
        }
        return "/assets/fonts/" + family + (bold ? "-Bold" : "-Regular") + ".ttf";
    }

    private InputStream open(boolean bold) {
        InputStream in = FontFace.class.getResourceAsStream(resource(bold));
        if (in == null) {
            throw new IllegalStateException("The font " + resource(bold) + " is missing from the application");
        }
        return in;
    }

    boolean isFor(UnicodeScript script) {
        return scripts.contains(script);
    }

    /** True when this face has a glyph for the code point. */
    boolean has(int codePoint) {
        return coverage().getGlyphId(codePoint) != 0;
    }

    /**
     * The regular weight's Unicode character map, read by FontBox from the file that is embedded,
     * so that Java's own font machinery is not started for it. The shipped table of printable
     * letters, made when this asked Java's fonts, still matches it at every code point
     * (PrintableLettersTableTest).
     */
    private CmapLookup coverage() {
        CmapLookup cmap = coverage;
        if (cmap == null) {
            try {
                cmap = new TTFParser(true).parse(new RandomAccessReadBuffer(original(false))).getUnicodeCmapLookup(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            coverage = cmap;
        }
        return cmap;
    }

    private Font read(InputStream in) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The font " + resource(false) + " cannot be read", e);
        }
    }

    /** Which face prints each code point of the Basic Multilingual Plane, once worked out: ordinal + 1, or NONE. */
    private static final byte[] FACE_OF = new byte[0x10000];
    private static final byte NONE = -1;

    /** The face that prints this code point, or null when none of the shipped fonts has it. */
    static FontFace forCodePoint(int codePoint) {
        if (codePoint < FACE_OF.length) {
            byte known = FACE_OF[codePoint];
            if (known != 0) {
                return known == NONE ? null : values()[known - 1];
            }
            FontFace face = find(codePoint);
            FACE_OF[codePoint] = face == null ? NONE : (byte) (face.ordinal() + 1);
            return face;
        }
        return find(codePoint);
    }

    private static FontFace find(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        for (FontFace face : values()) {
            if (face != SANS && face.isFor(script) && face.has(codePoint)) {
                return face;
            }
        }
        if (SANS.has(codePoint)) {
            return SANS;
        }
        for (FontFace face : values()) {
            if (face.has(codePoint)) {
                return face;
            }
        }
        return null;
    }
}
