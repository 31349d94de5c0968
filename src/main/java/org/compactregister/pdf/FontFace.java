package org.compactregister.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * One of the fonts the register ships in {@code assets/fonts} (Noto, under the SIL Open Font
 * Licence), with the scripts it is used for and a way to ask whether it has a letter.
 */
enum FontFace {
    SANS("NotoSans", false, EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK, UnicodeScript.CYRILLIC,
            UnicodeScript.COMMON, UnicodeScript.INHERITED)),
    ARABIC("NotoSansArabic", false, EnumSet.of(UnicodeScript.ARABIC)),
    GUJARATI("NotoSansGujarati", true, EnumSet.of(UnicodeScript.GUJARATI)),
    DEVANAGARI("NotoSansDevanagari", true, EnumSet.of(UnicodeScript.DEVANAGARI));

    private final String family;
    private final boolean substitutes;
    private final Set<UnicodeScript> scripts;
    private volatile Font coverage;
    private final byte[][] files = new byte[2][];

    FontFace(String family, boolean substitutes, Set<UnicodeScript> scripts) {
        this.family = family;
        this.substitutes = substitutes;
        this.scripts = scripts;
    }

    /**
     * The font file to embed. Latin, Greek and Cyrillic need none of the font's glyph
     * substitutions (its GSUB table: ligatures and alternates), and PDFBox applies them to every
     * piece of text it draws, slowly, and then draws text wider or narrower than it measured. So
     * that face is embedded with its GSUB table hidden (renamed), and so is the Arabic face,
     * whose letters ICU4J has already joined (PDFBox has no Arabic substitutions anyway). Gujarati
     * and Devanagari keep theirs: their conjuncts need them.
     */
    synchronized byte[] file(boolean bold) {
        int index = bold ? 1 : 0;
        if (files[index] == null) {
            try (InputStream in = open(bold)) {
                byte[] bytes = in.readAllBytes();
                files[index] = substitutes ? bytes : OpenTypeTables.hide(bytes, "GSUB");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files[index];
    }

    /** The classpath resource of this face in the given weight. */
    String resource(boolean bold) {
        return "/assets/fonts/" + family + (bold ? "-Bold" : "-Regular") + ".ttf";
    }

    InputStream open(boolean bold) {
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
        return coverage().canDisplay(codePoint);
    }

    private Font coverage() {
        Font font = coverage;
        if (font == null) {
            try (InputStream in = open(false)) {
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("The font " + resource(false) + " cannot be read", e);
            }
            coverage = font;
        }
        return font;
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

    /** True for the scripts whose letters change shape with their neighbours through the font's substitutions. */
    boolean substitutes() {
        return substitutes;
    }
}
