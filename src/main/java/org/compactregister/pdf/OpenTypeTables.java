package org.compactregister.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Small surgery on a TrueType/OpenType font file's table directory. */
final class OpenTypeTables {

    private OpenTypeTables() {
    }

    /**
     * A copy of the font with the table {@code tag} renamed to its lower-case form, so that font
     * readers no longer find it. The font is otherwise unchanged.
     */
    static byte[] hide(byte[] font, String tag) {
        byte[] copy = font.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        int tables = buffer.getShort(4) & 0xFFFF;
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        byte[] hidden = tag.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (copy[entry] == wanted[0] && copy[entry + 1] == wanted[1] && copy[entry + 2] == wanted[2]
                    && copy[entry + 3] == wanted[3]) {
                System.arraycopy(hidden, 0, copy, entry, 4);
            }
        }
        return copy;
    }
}
