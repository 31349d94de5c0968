package org.compactregister.io;

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
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decodes a file line by line (lines end in CR LF, LF or a lone CR, as old Macs wrote them; the ends
 * are passed on as they are). A line that is not in the file's encoding is repaired from the older
 * encoding of a mixed file, and noted; a line that cannot be read either way (two encodings on one
 * line, or bytes no encoding gives) is noted as unreadable, its bad bytes shown as U+FFFD, so the row
 * can be refused by its line. UTF-8 that went through a double conversion ("Ã©") is put back.
 * <p>
 * The bytes are read in blocks; a line of ASCII bytes only (most lines of most files) is copied to
 * characters as it is, since every encoding read here gives those bytes their ASCII meaning, so it
 * needs no decoder and holds no garbled letters.
 */
final class LineDecoder extends Reader {

    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    private final TextEncoding encoding;
    private final int maxLineBytes;
    private final boolean asciiAsIs;
    private final CharsetDecoder strict;
    private CharsetDecoder strictOlder;
    private final NavigableMap<Long, String> repaired = new TreeMap<>();
    private final NavigableMap<Long, String> unreadable = new TreeMap<>();
    private final Utf8Check utf8 = new Utf8Check();
    private final byte[] block = new byte[BLOCK];
    private int blockAt;
    private int blockEnd;
    private byte[] line = new byte[256];
    private int lineLength;
    private char[] pending = new char[256];
    private int pendingAt;
    private int pendingEnd;
    private long lineNumber;
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
        this.asciiAsIs = keepsAscii(encoding.charset());
        this.strict = strict(encoding.charset());
    }

    /** True for UTF-8 and the one-byte encodings that read every byte below 0x80 as that ASCII character. */
    static boolean keepsAscii(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return true;
        }
        if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1.0f) {
            return false;
        }
        byte[] ascii = new byte[0x80];
        for (int b = 0; b < ascii.length; b++) {
            ascii[b] = (byte) b;
        }
        try {
            String text = strict(charset).decode(ByteBuffer.wrap(ascii)).toString();
            for (int c = 0; c < ascii.length; c++) {
                if (text.length() != ascii.length || text.charAt(c) != c) {
                    return false;
                }
            }
            return true;
        } catch (CharacterCodingException notAscii) {
            return false;
        }
    }

    /** Lines (from 1) read from another encoding than the file's, with what was done. */
    Map<Long, String> repairedLines() {
        return Collections.unmodifiableMap(repaired);
    }

    /** Lines (from 1) that could not be read, with why. */
    Map<Long, String> unreadableLines() {
        return Collections.unmodifiableMap(unreadable);
    }

    /** The first line from {@code first} to {@code last} (both included) that could not be read, with why. */
    Optional<Map.Entry<Long, String>> firstUnreadable(long first, long last) {
        if (unreadable.isEmpty() || first > last) {
            return Optional.empty();
        }
        return Optional.ofNullable(unreadable.subMap(first, true, last, true).firstEntry());
    }

    /** Gives the decoded text of as many whole lines as fit (at least part of one), line ends included. */
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int given = 0;
        while (given < length) {
            if (pendingAt == pendingEnd) {
                if (tooLong != null) {
                    if (given > 0) {
                        return given;
                    }
                    throw tooLong;
                }
                if (ended) {
                    return given > 0 ? given : -1;
                }
                try {
                    readLine();
                } catch (LineTooLongException runaway) {
                    if (given > 0) {
                        return given;
                    }
                    throw runaway;
                }
                continue;
            }
            int n = Math.min(length - given, pendingEnd - pendingAt);
            System.arraycopy(pending, pendingAt, buffer, offset + given, n);
            pendingAt += n;
            given += n;
        }
        return given;
    }

    /** Fills the block; false at the end of the file. */
    private boolean fill() throws IOException {
        int n = in.read(block, 0, block.length);
        blockAt = 0;
        blockEnd = Math.max(n, 0);
        return n > 0;
    }

    /** Reads the next line's bytes and its end (CR LF, LF, a lone CR or the end of the file) and decodes them. */
    private void readLine() throws IOException {
        lineLength = 0;
        lineNumber++;
        boolean ascii = true;
        String end = "";
        while (true) {
            if (blockAt == blockEnd && !fill()) {
                ended = true;
                break;
            }
            int at = blockAt;
            int stop = blockEnd;
            byte any = 0;
            while (at < stop) {
                byte b = block[at];
                if (b == '\n' || b == '\r') {
                    break;
                }
                any |= b;
                at++;
            }
            ascii &= any >= 0;
            append(blockAt, at - blockAt);
            blockAt = at;
            if (at < stop) {
                byte b = block[at];
                blockAt++;
                if (b == '\n') {
                    end = "\n";
                } else {
                    // a CR LF is ended once its LF is seen, which may be in the next block
                    if (blockAt == blockEnd) {
                        fill();
                    }
                    if (blockAt < blockEnd && block[blockAt] == '\n') {
                        blockAt++;
                        end = "\r\n";
                    } else {
                        end = "\r";
                    }
                }
                break;
            }
        }
        pendingAt = 0;
        pendingEnd = 0;
        if (ascii && asciiAsIs) {
            ensurePending(lineLength + end.length());
            for (int i = 0; i < lineLength; i++) {
                pending[i] = (char) line[i];
            }
            pendingEnd = lineLength;
        } else {
            String text = decode();
            ensurePending(text.length() + end.length());
            text.getChars(0, text.length(), pending, 0);
            pendingEnd = text.length();
        }
        end.getChars(0, end.length(), pending, pendingEnd);
        pendingEnd += end.length();
    }

    private void append(int from, int count) throws LineTooLongException {
        if (count == 0) {
            return;
        }
        if (lineLength + count > maxLineBytes) {
            tooLong = new LineTooLongException(lineNumber);
            throw tooLong;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(lineLength + count, Math.min(2 * line.length, maxLineBytes)));
        }
        System.arraycopy(block, from, line, lineLength, count);
        lineLength += count;
    }

    private void ensurePending(int size) {
        if (pending.length < size) {
            pending = new char[Math.max(size, 2 * pending.length)];
        }
    }

    private String decode() {
        Charset charset = encoding.charset();
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, lineLength);
        try {
            String text = strict.decode(bytes).toString();
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
            return decodeBadLine(Arrays.copyOf(line, lineLength));
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
            if (strictOlder == null) {
                strictOlder = strict(older);
            }
            String text = strictOlder.decode(ByteBuffer.wrap(bytes)).toString();
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
