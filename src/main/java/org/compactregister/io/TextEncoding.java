package org.compactregister.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * How the text of a file is written: its character encoding, the length of its byte-order mark (0
 * when it has none), and, for a UTF-8 file with some lines saved in an older encoding, the encoding
 * those lines are repaired from. {@code guessed} is true when the encoding was judged from the
 * letters (a file without a byte-order mark that is not UTF-8).
 */
public record TextEncoding(Charset charset, int byteOrderMarkLength, Optional<Charset> repairCharset, boolean guessed) {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("windows-1252", "Windows-1252 (older Excel)"),
            Map.entry("x-MacRoman", "Mac Roman (older Mac Excel)"),
            Map.entry("windows-1250", "Windows-1250 (Central European)"),
            Map.entry("ISO-8859-2", "ISO-8859-2 (Central European)"),
            Map.entry("windows-1251", "Windows-1251 (Cyrillic)"),
            Map.entry("KOI8-R", "KOI8-R (Cyrillic)"),
            Map.entry("windows-1253", "Windows-1253 (Greek)"),
            Map.entry("windows-1254", "Windows-1254 (Turkish)"),
            Map.entry("windows-1257", "Windows-1257 (Baltic)"),
            Map.entry("ISO-8859-15", "ISO-8859-15 (Western European)"));

    public static TextEncoding utf8(int byteOrderMarkLength) {
        return new TextEncoding(StandardCharsets.UTF_8, byteOrderMarkLength, Optional.empty(), false);
    }

    public boolean byteOrderMark() {
        return byteOrderMarkLength > 0;
    }

    /** True for UTF-16, whose lines cannot be split byte by byte. */
    boolean isTwoByte() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    /** In words: "UTF-8 with byte-order mark", "Mac Roman (older Mac Excel), judged from its letters". */
    public String describe() {
        String name = nameOf(charset) + (byteOrderMark() ? " with byte-order mark" : "")
                + (guessed ? ", judged from its letters" : "");
        return repairCharset.map(repair -> name + " (some lines in " + nameOf(repair) + ")").orElse(name);
    }

    static String nameOf(Charset charset) {
        return NAMES.getOrDefault(charset.name(), charset.name());
    }
}
