package org.compactregister.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes a file line by line (lines end in CR LF, LF or a lone CR, as old Macs wrote them; the ends
 * are passed on as they are). A line that is not in the file's encoding is repaired from the older
 * encoding of a mixed file, and noted; a line that cannot be read either way (two encodings on one
 * line, or bytes no encoding gives) is noted as unreadable, its bad bytes shown as U+FFFD, so the row
 * can be refused by its line. UTF-8 that went through a double conversion ("Ã©") is put back.
 */
final class LineDecoder extends Reader {

    private final InputStream in;
    private final TextEncoding encoding;
    private final int maxLineBytes;
    private final Map<Long, String> repaired = new TreeMap<>();
    private final Map<Long, String> unreadable = new TreeMap<>();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final Utf8Check utf8 = new Utf8Check();
    private CharBuffer pending = CharBuffer.allocate(0);
    private long lineNumber;
    private int lookahead = -2;
    private boolean ended;
    private LineTooLongException tooLong;

    /**
     * @param in the file's bytes after its byte-order mark; not UTF-16 (see {@link TextEncoding#isTwoByte})
     * @param maxLineBytes a longer line stops reading with {@link LineTooLongException}
     */
    LineDecoder(InputStream in, TextEncoding encoding, int maxLineBytes) {
        this.in = in;
        this.encoding = encoding;
        this.maxLineBytes = maxLineBytes;
    }

    /** Lines (from 1) read from another encoding than the file's, with what was done. */
    Map<Long, String> repairedLines() {
        return Collections.unmodifiableMap(repaired);
    }

    /** Lines (from 1) that could not be read, with why. */
    Map<Long, String> unreadableLines() {
        return Collections.unmodifiableMap(unreadable);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!pending.hasRemaining()) {
            if (tooLong != null) {
                throw tooLong;
            }
            if (ended) {
                return -1;
            }
            readLine();
        }
        int n = Math.min(length, pending.remaining());
        pending.get(buffer, offset, n);
        return n;
    }

    private int nextByte() throws IOException {
        if (lookahead != -2) {
            int b = lookahead;
            lookahead = -2;
            return b;
        }
        return in.read();
    }

    private void readLine() throws IOException {
        line.reset();
        lineNumber++;
        String end = "";
        while (true) {
            int b = nextByte();
            if (b < 0) {
                ended = true;
                break;
            }
            if (b == '\n') {
                end = "\n";
                break;
            }
            if (b == '\r') {
                int after = nextByte();
                if (after == '\n') {
                    end = "\r\n";
                } else {
                    end = "\r";
                    lookahead = after;
                }
                break;
            }
            if (line.size() >= maxLineBytes) {
                tooLong = new LineTooLongException(lineNumber);
                throw tooLong;
            }
            line.write(b);
        }
        pending = CharBuffer.wrap(decode(line.toByteArray()) + end);
    }

    private String decode(byte[] bytes) {
        Charset charset = encoding.charset();
        try {
            String text = strict(charset).decode(ByteBuffer.wrap(bytes)).toString();
            if (!charset.equals(StandardCharsets.UTF_8)) {
                return text;
            }
            String undone = Mojibake.repair(text);
            if (!undone.equals(text)) {
                repaired.put(lineNumber, "letters garbled by a second conversion to UTF-8 (like \"Ã©\" for \"é\") "
                        + "were put right");
            }
            return undone;
        } catch (CharacterCodingException notThisEncoding) {
            return decodeBadLine(bytes);
        }
    }

    private String decodeBadLine(byte[] bytes) {
        Charset charset = encoding.charset();
        String lenient = charset.decode(ByteBuffer.wrap(bytes)).toString();
        if (encoding.repairCharset().isEmpty()) {
            unreadable.put(lineNumber, "has bytes that are not " + TextEncoding.nameOf(charset) + " text");
            return lenient;
        }
        Charset older = encoding.repairCharset().get();
        utf8.reset();
        for (byte b : bytes) {
            utf8.accept(b & 0xFF);
        }
        if (utf8.hasMultiByte()) {
            unreadable.put(lineNumber, "mixes two encodings: some letters are UTF-8 and some are "
                    + TextEncoding.nameOf(older) + " (it reads \"" + lenient.strip() + "\")");
            return lenient;
        }
        try {
            String text = strict(older).decode(ByteBuffer.wrap(bytes)).toString();
            repaired.put(lineNumber, "was not UTF-8 and was read as " + TextEncoding.nameOf(older));
            return text;
        } catch (CharacterCodingException neither) {
            unreadable.put(lineNumber, "has bytes that are neither UTF-8 nor " + TextEncoding.nameOf(older));
            return lenient;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
