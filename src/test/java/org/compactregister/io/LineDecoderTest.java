package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decoder reads blocks of bytes and copies ASCII lines as they are: these hold it to reading line by line. */
class LineDecoderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final TextEncoding UTF8_WITH_1252_LINES =
            new TextEncoding(StandardCharsets.UTF_8, 0, Optional.of(WINDOWS_1252), false);

    private static String readAll(LineDecoder decoder) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[777];
        for (int n = decoder.read(buffer, 0, buffer.length); n >= 0; n = decoder.read(buffer, 0, buffer.length)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    @Test
    void accentsMojibakeAndAnOlderEncodingAfterAThousandAsciiLinesWithCrEnds() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder expected = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            String line = "Ascii row " + i + ",Oak Tree Trust,LE1 1AA\r";
            bytes.writeBytes(line.getBytes(StandardCharsets.US_ASCII));
            expected.append(line);
        }
        bytes.writeBytes("Zoë Brontë,Café Société\r".getBytes(StandardCharsets.UTF_8));
        expected.append("Zoë Brontë,Café Société\r");
        bytes.writeBytes("CafÃ© Connect,Menâ€™s Shed\r".getBytes(StandardCharsets.UTF_8));
        expected.append("Café Connect,Men’s Shed\r");
        bytes.writeBytes("Renée from old Excel\r".getBytes(WINDOWS_1252));
        expected.append("Renée from old Excel\r");
        bytes.writeBytes("last ascii line".getBytes(StandardCharsets.US_ASCII));
        expected.append("last ascii line");

        LineDecoder decoder = new LineDecoder(new ByteArrayInputStream(bytes.toByteArray()), UTF8_WITH_1252_LINES,
                1 << 20);
        assertEquals(expected.toString(), readAll(decoder));
        assertEquals(Map.of(1002L, "letters garbled by a second conversion to UTF-8 (like \"Ã©\" for \"é\") were put right",
                1003L, "was not UTF-8 and was read as Windows-1252 (older Excel)"), decoder.repairedLines());
        assertEquals(Map.of(), decoder.unreadableLines());
    }

    @Test
    void lineEndsAndLettersSplitBetweenBlocksAreReadWhole() throws IOException {
        for (int shift = 0; shift < 4; shift++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            StringBuilder expected = new StringBuilder();
            String filler = "x".repeat((1 << 16) - 3 + shift);
            bytes.writeBytes(filler.getBytes(StandardCharsets.US_ASCII));
            expected.append(filler);
            // a CR LF, a two-byte letter and a lone CR around the end of the first 64 KB block
            bytes.writeBytes("\r\né\rnext\n\nend".getBytes(StandardCharsets.UTF_8));
            expected.append("\r\né\rnext\n\nend");
            LineDecoder decoder = new LineDecoder(new ByteArrayInputStream(bytes.toByteArray()),
                    UTF8_WITH_1252_LINES, 1 << 20);
            assertEquals(expected.toString(), readAll(decoder), "shifted by " + shift);
            assertEquals(Map.of(), decoder.repairedLines());
            assertEquals(Optional.empty(), decoder.firstUnreadable(1, 10));
        }
    }

    @Test
    void aLineThatMixesTwoEncodingsIsUnreadableByItsNumber() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a\nb\n".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes("Zoë ".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Renée\n".getBytes(WINDOWS_1252));
        bytes.writeBytes("c\n".getBytes(StandardCharsets.US_ASCII));
        LineDecoder decoder = new LineDecoder(new ByteArrayInputStream(bytes.toByteArray()), UTF8_WITH_1252_LINES,
                1 << 20);
        assertEquals("a\nb\nZoë Ren\uFFFDe\nc\n", readAll(decoder));
        assertEquals(3L, decoder.firstUnreadable(1, 4).orElseThrow().getKey());
        assertEquals(Optional.empty(), decoder.firstUnreadable(4, 9));
    }

    @Test
    void olderOneByteEncodingsKeepAsciiAsItIs() {
        for (String name : new String[] {"windows-1252", "x-MacRoman", "windows-1250", "ISO-8859-2", "ISO-8859-15",
            "windows-1251", "KOI8-R", "windows-1253", "windows-1254", "windows-1257", "UTF-8"}) {
            assertEquals(true, LineDecoder.keepsAscii(Charset.forName(name)), name);
        }
        assertEquals(false, LineDecoder.keepsAscii(StandardCharsets.UTF_16LE));
    }

    @Test
    void macRomanLinesAreDecodedAsBefore() throws IOException {
        Charset macRoman = Charset.forName("x-MacRoman");
        byte[] bytes = "Café Société\rplain\r".getBytes(macRoman);
        Reader decoder = new LineDecoder(new ByteArrayInputStream(bytes), new TextEncoding(macRoman, 0,
                Optional.empty(), true), 1 << 20);
        assertEquals("Café Société\rplain\r", readAll((LineDecoder) decoder));
    }
}
