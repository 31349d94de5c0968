package org.compactregister.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that went through UTF-8 twice: a UTF-8 file read as Windows-1252 and saved as UTF-8 again
 * writes "Ã©" for "é", "â€™" for "’", "Å‚" for "ł". Each such run is put back when its
 * Windows-1252 bytes are well-formed UTF-8; text without such runs is left alone.
 */
final class Mojibake {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The UTF-8 continuation bytes 0x80 to 0xBF as Windows-1252 shows them. */
    private static final String CONTINUATION = "[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E"
            + "\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A"
            + "\\u20AC\\u2122]";

    /** A UTF-8 lead byte and as many continuation bytes as it calls for. */
    private static final Pattern RUN = Pattern.compile("[\\u00C2-\\u00DF]" + CONTINUATION
            + "|[\\u00E0-\\u00EF]" + CONTINUATION + "{2}|[\\u00F0-\\u00F4]" + CONTINUATION + "{3}");

    private Mojibake() {
    }

    /** {@code text} with every doubly-converted run put back; the same string when there is none. */
    static String repair(String text) {
        if (!hasLeadLetter(text)) {
            return text;
        }
        Matcher matcher = RUN.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder repaired = new StringBuilder();
        matcher.reset();
        while (matcher.find()) {
            matcher.appendReplacement(repaired, Matcher.quoteReplacement(undo(matcher.group())));
        }
        matcher.appendTail(repaired);
        return repaired.toString();
    }

    /** True when {@code text} holds a letter that {@link #RUN} starts with (U+00C2 to U+00F4), without the pattern. */
    private static boolean hasLeadLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4') {
                return true;
            }
        }
        return false;
    }

    private static String undo(String run) {
        try {
            ByteBuffer bytes = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(run));
            String once = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
            return once.codePointCount(0, once.length()) == 1 ? once : run;
        } catch (CharacterCodingException notDoubled) {
            return run;
        }
    }
}
