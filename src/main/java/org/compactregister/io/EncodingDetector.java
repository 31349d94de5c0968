package org.compactregister.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Works out the encoding of a whole file, line by line. A byte-order mark decides (UTF-8, UTF-16);
 * UTF-16 without one (as database tools write it) is told by its zero bytes, every other byte of
 * the column names and most text. Otherwise every line is checked as UTF-8: when all are, the file is UTF-8; when none with
 * accents are, the file is in an older encoding judged from its letters ({@link LegacyCharsetGuess});
 * when some are and some are not (a UTF-8 file with a few lines pasted from an older program), the
 * file is UTF-8 with those lines repaired from the older encoding the bad lines hold.
 */
final class EncodingDetector {

    /** The most bytes of the file's accented lines given to the judgement of an older encoding. */
    private static final int SAMPLE_BYTES = 256 * 1024;
    /** The first bytes looked at for UTF-16 without a byte-order mark (an even number). */
    private static final int UTF16_SAMPLE = 4096;

    private EncodingDetector() {
    }

    /**
     * The encoding of {@code file}.
     *
     * @throws CsvFileProblem when the file holds binary data (a zero byte outside UTF-16)
     * @throws IOException when it cannot be read
     */
    static TextEncoding detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(UTF16_SAMPLE);
            byte[] start = in.readNBytes(UTF16_SAMPLE);
            in.reset();
            if (start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
                return new TextEncoding(StandardCharsets.UTF_16LE, 2, Optional.empty(), false);
            }
            if (start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
                return new TextEncoding(StandardCharsets.UTF_16BE, 2, Optional.empty(), false);
            }
            Optional<Charset> withoutMark = utf16WithoutMark(start);
            if (withoutMark.isPresent()) {
                return new TextEncoding(withoutMark.get(), 0, Optional.empty(), true);
            }
            boolean bom = start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                    && (start[2] & 0xFF) == 0xBF;
            if (bom) {
                in.skipNBytes(3);
            }
            return scan(file, in, bom ? 3 : 0);
        }
    }

    /**
     * UTF-16 without a byte-order mark, from the file's first bytes: text whose zero bytes stand on
     * one side of each pair (the high byte of its Latin letters, digits and separators), on at least
     * two pairs in five, and hardly ever on the other (a character such as U+4E00 or U+0300 puts one
     * there); empty for anything else (a binary file's zero bytes fall on both sides).
     */
    static Optional<Charset> utf16WithoutMark(byte[] start) {
        int pairs = start.length / 2;
        if (pairs < 4) {
            return Optional.empty();
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int pair = 0; pair < pairs; pair++) {
            zeroFirst += start[2 * pair] == 0 ? 1 : 0;
            zeroSecond += start[2 * pair + 1] == 0 ? 1 : 0;
        }
        if (zeroFirst * 5 >= pairs * 2 && zeroSecond * 20 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (zeroSecond * 5 >= pairs * 2 && zeroFirst * 20 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static TextEncoding scan(Path file, InputStream in, int bomLength) throws IOException {
        Utf8Check line = new Utf8Check();
        ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream badSample = new ByteArrayOutputStream();
        boolean anyGoodAccents = false;
        boolean anyBad = false;
        int crEnds = 0;
        int lfEnds = 0;
        long lineEnds = 0;
        long offset = bomLength;
        int previous = -1;
        byte[] buffer = new byte[1 << 16];
        boolean end = false;
        while (!end) {
            int filled = in.read(buffer);
            end = filled <= 0;
            int at = 0;
            int lineStart = 0;
            while (at < filled || end) {
                int b;
                if (end) {
                    b = -1;
                } else {
                    b = buffer[at] & 0xFF;
                    if (b >= 0x80) {
                        line.accept(b);
                        at++;
                        offset++;
                        previous = b;
                        continue;
                    }
                    if (b == 0) {
                        throw new CsvFileProblem(0, file.getFileName() + " is not a CSV file: it holds binary data "
                                + "(a zero byte on line " + (lineEnds + 1) + ", byte " + (offset + 1) + ", which no "
                                + "spreadsheet writes into text). In the spreadsheet, use Save As and choose "
                                + "\"CSV UTF-8 (Comma delimited)\", then import that file.");
                    }
                    if (b != '\n' && b != '\r') {
                        if (line.isPending()) {
                            line.accept(b);
                        }
                        at++;
                        offset++;
                        previous = b;
                        continue;
                    }
                }
                // the end of a line (or of the file): the line's bytes up to here are judged
                sample(lineBytes, buffer, lineStart, at);
                line.endOfText();
                if (line.isMalformed()) {
                    anyBad = true;
                    keep(badSample, lineBytes);
                } else if (line.hasMultiByte()) {
                    anyGoodAccents = true;
                }
                line.reset();
                lineBytes.reset();
                if (end) {
                    break;
                }
                if (!(b == '\n' && previous == '\r')) {
                    lineEnds++;
                }
                if (b == '\n' && previous == '\r') {
                    crEnds--;
                } else if (b == '\n') {
                    lfEnds++;
                } else {
                    crEnds++;
                }
                previous = b;
                offset++;
                at++;
                lineStart = at;
            }
            if (!end) {
                sample(lineBytes, buffer, lineStart, filled);
            }
        }
        if (!anyBad) {
            return TextEncoding.utf8(bomLength);
        }
        Charset older = LegacyCharsetGuess.guess(badSample.toByteArray(), crEnds > lfEnds);
        if (anyGoodAccents || bomLength > 0) {
            return new TextEncoding(StandardCharsets.UTF_8, bomLength, Optional.of(older), false);
        }
        return new TextEncoding(older, 0, Optional.empty(), true);
    }

    /** Adds {@code buffer[from, to)}, a part of a line, to its bytes, up to {@link #SAMPLE_BYTES} of them. */
    private static void sample(ByteArrayOutputStream lineBytes, byte[] buffer, int from, int to) {
        int room = SAMPLE_BYTES - lineBytes.size();
        if (room > 0 && to > from) {
            lineBytes.write(buffer, from, Math.min(room, to - from));
        }
    }

    private static void keep(ByteArrayOutputStream sample, ByteArrayOutputStream line) throws IOException {
        if (sample.size() < SAMPLE_BYTES) {
            line.writeTo(sample);
            sample.write(' ');
        }
    }
}
