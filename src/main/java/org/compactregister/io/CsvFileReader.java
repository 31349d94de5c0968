package org.compactregister.io;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.compactregister.service.FileProblems;

/**
 * Reads the CSV files that spreadsheets really write: UTF-8 with or without a byte-order mark, or
 * Windows-1252 (older Excel); commas, semicolons or tabs between cells; quoted cells with line
 * breaks inside; CRLF or LF. A file that is not text, or a line longer than
 * {@link #MAX_LINE_CHARS}, is refused with a {@link CsvFileProblem} that names the line.
 */
public final class CsvFileReader implements AutoCloseable {

    /** No spreadsheet row of a commitment form comes near this; a longer line is a broken or wrong file. */
    public static final int MAX_LINE_CHARS = 1_000_000;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path file;
    private final CsvLayout layout;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final LineLimit limit;
    private final List<String> header;
    private long linesConsumed;

    private CsvFileReader(Path file, CsvLayout layout) throws IOException {
        this.file = file;
        this.layout = layout;
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (layout.byteOrderMark()) {
            in.skipNBytes(3);
        }
        this.limit = new LineLimit(new InputStreamReader(in, layout.charset()));
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(layout.separator())
                .setIgnoreEmptyLines(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        this.parser = CSVParser.builder().setReader(limit).setFormat(format).get();
        this.records = parser.iterator();
        this.header = next().map(CsvRow::cells).orElse(List.of());
    }

    /** Works out the layout of {@code file} and opens it, with its header row read. */
    public static CsvFileReader open(Path file) {
        return open(file, detect(file));
    }

    public static CsvFileReader open(Path file, CsvLayout layout) {
        try {
            return new CsvFileReader(file, layout);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The encoding (by its byte-order mark, else UTF-8 if every byte fits, else Windows-1252) and separator of the file. */
    public static CsvLayout detect(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] start = in.readNBytes(3);
            boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                    && (start[2] & 0xFF) == 0xBF;
            if (start.length >= 2 && ((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE
                    || (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF)) {
                throw new CsvFileProblem(0, file.getFileName() + " is saved as UTF-16 (\"Unicode text\"). "
                        + "Save the spreadsheet again as \"CSV UTF-8 (Comma delimited)\" and import that file.");
            }
            boolean utf8 = scanIsUtf8(file, bom ? new byte[0] : start, in);
            Charset charset = bom || utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
            return new CsvLayout(charset, separatorOf(file, charset, bom), bom);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static boolean scanIsUtf8(Path file, byte[] alreadyRead, InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        bytes.put(alreadyRead);
        boolean valid = true;
        long offset = 0;
        while (true) {
            int read = rest.read(bytes.array(), bytes.position(), bytes.remaining());
            boolean end = read < 0;
            if (!end) {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
            for (int i = bytes.position(); i < bytes.limit(); i++) {
                if (bytes.get(i) == 0) {
                    throw new CsvFileProblem(0, file.getFileName() + " is not a CSV file: it holds binary data "
                            + "(at byte " + (offset + i) + "). In the spreadsheet, use Save As and choose "
                            + "\"CSV UTF-8 (Comma delimited)\", then import that file.");
                }
            }
            if (valid) {
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    valid = false;
                }
                chars.clear();
            }
            offset += bytes.position();
            if (!valid) {
                offset += bytes.remaining();
                bytes.position(bytes.limit());
            }
            bytes.compact();
            if (end) {
                return valid;
            }
        }
    }

    private static char separatorOf(Path file, Charset charset, boolean bom) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), charset)) {
            if (bom) {
                reader.read();
            }
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            boolean quoted = false;
            for (int i = 0, c; i < MAX_LINE_CHARS && (c = reader.read()) >= 0; i++) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                } else if (!quoted) {
                    commas += c == ',' ? 1 : 0;
                    semicolons += c == ';' ? 1 : 0;
                    tabs += c == '\t' ? 1 : 0;
                }
            }
            if (semicolons > commas && semicolons >= tabs) {
                return ';';
            }
            return tabs > commas ? '\t' : ',';
        }
    }

    public List<String> header() {
        return header;
    }

    public CsvLayout layout() {
        return layout;
    }

    /** The next row that is not blank, or empty at the end of the file. */
    public Optional<CsvRow> next() {
        try {
            while (records.hasNext()) {
                long line = linesConsumed + 1;
                CSVRecord record = records.next();
                linesConsumed = parser.getCurrentLineNumber();
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                CsvRow row = new CsvRow(line, cells);
                if (!row.isBlank()) {
                    return Optional.of(row);
                }
            }
            return Optional.empty();
        } catch (UncheckedIOException e) {
            throw problem(e.getCause());
        } catch (IllegalStateException e) {
            throw problem(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    private CsvFileProblem problem(IOException cause) {
        long line = cause instanceof LineTooLong ? limit.line : parser.getCurrentLineNumber() + 1;
        if (cause instanceof LineTooLong) {
            return new CsvFileProblem(line, "Line " + line + " of " + file.getFileName() + " is longer than "
                    + (MAX_LINE_CHARS / 1_000_000) + " million characters, so this is not a spreadsheet's CSV "
                    + "or it is damaged. Nothing was imported.");
        }
        if (cause instanceof CharacterCodingException) {
            return new CsvFileProblem(line, "Line " + line + " of " + file.getFileName()
                    + " has characters that are not " + layout.charset().name() + ". Nothing was imported.");
        }
        return new CsvFileProblem(line, "Line " + line + " of " + file.getFileName()
                + " could not be read as CSV (" + cause.getMessage() + "). Check the quotes on that line. "
                + "Nothing was imported.");
    }

    private static CsvFileProblem unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new CsvFileProblem(0, "There is no file " + file + ".");
        }
        return new CsvFileProblem(0, "The file " + file + " could not be read: " + FileProblems.reason(e));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // reading is over: nothing to lose
        }
    }

    private static final class LineTooLong extends IOException {
        LineTooLong() {
            super("line too long");
        }
    }

    /** Counts physical lines and stops a runaway one before it fills the memory. */
    private static final class LineLimit extends FilterReader {
        private long line = 1;
        private long lineLength;

        LineLimit(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                count(buffer[i]);
            }
            return n;
        }

        private void count(char c) throws LineTooLong {
            if (c == '\n') {
                line++;
                lineLength = 0;
            } else if (++lineLength > MAX_LINE_CHARS) {
                throw new LineTooLong();
            }
        }
    }
}
