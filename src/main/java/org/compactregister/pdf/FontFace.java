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
    SANS("NotoSans", EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK, UnicodeScript.CYRILLIC,
            UnicodeScript.COMMON, UnicodeScript.INHERITED)),
    ARABIC("NotoSansArabic", EnumSet.of(UnicodeScript.ARABIC)),
    GUJARATI("NotoSansGujarati", EnumSet.of(UnicodeScript.GUJARATI)),
    DEVANAGARI("NotoSansDevanagari", EnumSet.of(UnicodeScript.DEVANAGARI));

    private final String family;
    private final Set<UnicodeScript> scripts;
    private volatile Font coverage;

    FontFace(String family, Set<UnicodeScript> scripts) {
        this.family = family;
        this.scripts = scripts;
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

    /** The face that prints this code point, or null when none of the shipped fonts has it. */
    static FontFace forCodePoint(int codePoint) {
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
