package org.compactregister.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges which older (non-Unicode) encoding a file's bytes are in. ICU4J's {@link CharsetDetector}
 * ranks the encodings it knows by the letter patterns of many languages; since it does not know Mac
 * Roman (older Mac Excel), and cannot tell apart encodings that give equally common letters, every
 * candidate is also decoded and judged by how its accented characters sit in words: an upper-case
 * letter after a lower-case one ("CafŽ"), a symbol between two letters ("C™r", "Se–ora"), a control
 * character, or letters of two scripts in one word are what a wrong encoding gives; so, more mildly,
 * are the currency sign ¤ and the Icelandic letters þ ð ý, where Turkish files have ş ğ ı. The candidate
 * with the fewest such faults wins; ties go to ICU's ranking, then to Windows-1252, the commonest.
 * A letter of another script right next to a Latin one ("ﾛuro"), or an accented letter straight
 * after a digit ("360Ą", where Mac Roman wrote 360°), is such a fault too.
 */
final class LegacyCharsetGuess {

    /**
     * The encodings judged, commonest first (a tie with no word from ICU4J goes to the earlier):
     * Windows and Mac Western, Central European, Cyrillic, Greek, Turkish, Baltic, Hebrew, Arabic,
     * and the DOS code pages Excel's "CSV (MS-DOS)" writes (850 in Britain and Western Europe, 437).
     */
    private static final List<String> CANDIDATES = List.of("windows-1252", "x-MacRoman", "windows-1250",
            "ISO-8859-2", "ISO-8859-15", "windows-1251", "KOI8-R", "windows-1253", "windows-1254", "windows-1257",
            "windows-1255", "windows-1256", "IBM850", "IBM437");

    /**
     * Characters a British register almost never holds, and a wrong encoding often gives: ¤ þ Þ ð Ð ý Ý,
     * and ¥ ¨ ¡ ¿ (Mac Roman's • ® ° ¥ read as Windows-1252).
     */
    private static final String RARE = "\u00A4\u00FE\u00DE\u00F0\u00D0\u00FD\u00DD\u00A5\u00A8\u00A1\u00BF";

    /** Punctuation that stands against a word in any text: … “ ” ‘ ’ – — (Windows-1252's, which DOS code pages read as letters). */
    private static final String TYPOGRAPHIC = "\u2026\u201C\u201D\u2018\u2019\u2013\u2014";

    /** Letters written straight after a number: the ordinals º ª (2º Esq), the micro sign µ. */
    private static final String AFTER_NUMBERS = "\u00BA\u00AA\u00B5";

    /** Half-width katakana and signs (U+FF61–U+FF9F): what Shift_JIS makes of Western bytes; no British register holds them. */
    private static final char HALF_WIDTH_FIRST = '\uFF61';
    private static final char HALF_WIDTH_LAST = '\uFF9F';

    /** ICU4J's names that Java knows by another: the encoding ICU means, as Java names it. */
    private static final Map<String, String> JAVA_NAMES = Map.of("ISO-8859-1", "windows-1252",
            "ISO-8859-8-I", "windows-1255", "ISO-8859-8", "windows-1255");

    private LegacyCharsetGuess() {
    }

    /** The likeliest encoding of {@code sample}; {@code crLineEnds} (classic Mac files) favours Mac Roman in a tie. */
    static Charset guess(byte[] sample, boolean crLineEnds) {
        Map<String, Integer> icuConfidence = new LinkedHashMap<>();
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        for (CharsetMatch match : detector.detectAll()) {
            String name = JAVA_NAMES.getOrDefault(match.getName(), match.getName());
            if (Charset.isSupported(name) && !name.startsWith("UTF") && !name.startsWith("IBM")) {
                icuConfidence.merge(name, match.getConfidence(), Math::max);
            }
        }
        Map<String, Integer> candidates = new LinkedHashMap<>();
        CANDIDATES.forEach(name -> candidates.put(name, 0));
        icuConfidence.keySet().forEach(name -> candidates.putIfAbsent(name, 0));
        Charset best = Charset.forName("windows-1252");
        long bestScore = Long.MAX_VALUE;
        int bestConfidence = -1;
        for (String name : candidates.keySet()) {
            Charset charset = Charset.forName(name);
            long faults = faults(sample, charset);
            int confidence = icuConfidence.getOrDefault(name, 0) + (crLineEnds && name.equals("x-MacRoman") ? 1 : 0);
            if (faults < bestScore || faults == bestScore && confidence > bestConfidence) {
                best = charset;
                bestScore = faults;
                bestConfidence = confidence;
            }
        }
        return best;
    }

    /** How many characters of {@code bytes} decoded as {@code charset} sit in words as no language writes them. */
    static long faults(byte[] bytes, Charset charset) {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Long.MAX_VALUE / 2;
        }
        return faults(text);
    }

    static long faults(String text) {
        long faults = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (Character.isISOControl(c) || c == '\uFFFD') {
                faults += 10;
            } else if (RARE.indexOf(c) >= 0 || c >= HALF_WIDTH_FIRST && c <= HALF_WIDTH_LAST) {
                faults += 2;
            } else if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(before)
                        || Character.isDigit(before) && AFTER_NUMBERS.indexOf(c) < 0) {
                    faults += 3;
                } else if (Character.isLetter(before) && before >= 0x80 && scriptOf(before) != scriptOf(c)
                        || Character.isLetter(after) && after >= 0x80 && scriptOf(after) != scriptOf(c)) {
                    faults += 3;
                } else if ((Character.isLetter(before) && before < 0x80 || Character.isLetter(after) && after < 0x80)
                        && scriptOf(c) != Character.UnicodeScript.LATIN && scriptOf(c) != Character.UnicodeScript.COMMON) {
                    faults += 3;
                }
            } else if (!Character.isWhitespace(c)) {
                boolean apostrophe = c == '\u2019' || c == '\u2018' || c == '\u00B4';
                if (Character.isLetter(before) && Character.isLetter(after)) {
                    faults += apostrophe ? 0 : 3;
                } else if ((Character.isLetter(before) || Character.isLetter(after)) && TYPOGRAPHIC.indexOf(c) < 0) {
                    faults += 1;
                }
            }
        }
        return faults;
    }

    private static Character.UnicodeScript scriptOf(char c) {
        return Character.UnicodeScript.of(c);
    }
}
