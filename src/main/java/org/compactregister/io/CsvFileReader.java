package org.compactregister.io;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.compactregister.service.FileProblems;

/**
 * Reads the CSV files that spreadsheets really write: any encoding {@link EncodingDetector} finds
 * (UTF-8 with or without a byte-order mark, UTF-16 with one, older Windows and Mac encodings, UTF-8
 * with a few lines in an older one); commas, semicolons or tabs between cells, or the separator
 * Excel's {@code sep=;} first line names; the header row wherever it is in the first lines (a title
 * above it is skipped); quoted cells with line breaks inside; CR LF, LF or CR line ends (a lone CR
 * inside a line of an LF file is a space, {@link LoneCarriageReturns}). A file that
 * is not text, or a line longer than {@link #MAX_LINE_CHARS}, is refused with a {@link CsvFileProblem}
 * that names the line; a line that cannot be decoded makes its row unreadable, named by line.
 */
public final class CsvFileReader implements AutoCloseable {

    /** No spreadsheet row of a commitment form comes near this; a longer line is a broken or wrong file. */
    public static final int MAX_LINE_CHARS = 1_000_000;

    /** How many rows at the start of a file may come before its header row (titles, Excel's sep= line). */
    static final int HEADER_SEARCH_ROWS = 10;

    private static final int PEEK_LINES = 20;
    private static final int PEEK_CHARS = 64 * 1024;
    private static final Pattern SEPARATOR_HINT = Pattern.compile("(?i)^\\s*\"?sep=(.)\"?[,;\\t]*\\s*$");

    private final Path file;
    private final CsvLayout layout;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final LineLimit limit;
    private final LineDecoder decoder;
    /** Set when lone CRs inside lines are read as spaces: the decoder's line numbers then run ahead of the rows'. */
    private final LoneCarriageReturns loneCrs;
    private final Deque<CsvRow> ahead = new ArrayDeque<>();
    private final List<String> header;
    private long headerLine = 1;
    private long linesConsumed;
    private CsvFileProblem deferred;

    private CsvFileReader(Path file, TextEncoding known) throws IOException {
        this.file = file;
        TextEncoding encoding = known != null ? known : EncodingDetector.detect(file);
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(encoding.byteOrderMarkLength());
        Reader text;
        if (encoding.isTwoByte()) {
            decoder = null;
            text = new InputStreamReader(in, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } else {
            decoder = new LineDecoder(in, encoding, 4 * MAX_LINE_CHARS);
            text = decoder;
        }
        this.limit = new LineLimit(text, encoding.charset());
        String start = peek(limit);
        Reader peekable = LoneCarriageReturns.inLines(start, new PrefixedReader(start, limit));
        loneCrs = peekable instanceof LoneCarriageReturns filter ? filter : null;
        Matcher hint = SEPARATOR_HINT.matcher(start.lines().findFirst().orElse(""));
        // String.lines() splits at CR LF, LF and a lone CR alike
        boolean hinted = hint.matches();
        char separator = hinted ? hint.group(1).charAt(0) : separatorOf(start);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                // a quote opened and never closed would take the rest of the file into one cell; one
                // closed rows too late has text after it ("…,"Fern Choir",…): both stop the import
                .setLenientEof(false)
                .setTrailingData(false)
                .get();
        this.parser = CSVParser.builder().setReader(peekable).setFormat(format).get();
        this.records = parser.iterator();
        if (hinted) {
            nextRecord();
        }
        this.header = findHeader();
        this.layout = new CsvLayout(encoding, separator, headerLine);
    }

    /** Works out the layout of {@code file} and opens it, with its header row read. */
    public static CsvFileReader open(Path file) {
        return open(file, null);
    }

    /**
     * Opens {@code file} again in {@code encoding}, the one a reader of the same file found
     * ({@link CsvLayout#encoding()}), without reading the whole file once more to find it.
     */
    static CsvFileReader open(Path file, TextEncoding encoding) {
        try {
            return new CsvFileReader(file, encoding);
        } catch (LineTooLongException e) {
            throw tooLong(file, e.line());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The first lines, read for the layout; they are read again through {@link PrefixedReader}. */
    private static String peek(Reader reader) throws IOException {
        char[] buffer = new char[PEEK_CHARS];
        int read = 0;
        int lines = 0;
        try {
            while (read < buffer.length && lines < PEEK_LINES) {
                int c = reader.read();
                if (c < 0) {
                    break;
                }
                buffer[read++] = (char) c;
                lines += c == '\n' || c == '\r' ? 1 : 0;
            }
        } catch (LineTooLongException runaway) {
            // the layout is judged on the lines before it; reading stops again when the rows reach it
        }
        return new String(buffer, 0, read);
    }

    /** The separator that splits the first lines into the most cells (commas when none does). */
    private static char separatorOf(String start) {
        char best = ',';
        int bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            int most = 0;
            for (String line : start.lines().toList()) {
                most = Math.max(most, count(line, candidate));
            }
            if (most > bestCount) {
                best = candidate;
                bestCount = most;
            }
        }
        return best;
    }

    private static int count(String line, char separator) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == separator) {
                count++;
            }
        }
        return count;
    }

    /** The first of the first rows whose names the register recognises (two at least), else the first row. */
    private List<String> findHeader() {
        List<CsvRow> start = new ArrayList<>();
        try {
            for (Optional<CsvRow> row = nextRecord(); row.isPresent(); row = nextRecord()) {
                start.add(row.get());
                if (start.size() == HEADER_SEARCH_ROWS) {
                    break;
                }
            }
        } catch (CsvFileProblem problem) {
            if (start.isEmpty()) {
                throw problem;
            }
            deferred = problem;
        }
        int found = 0;
        for (int i = 0; i < start.size(); i++) {
            if (ColumnMapping.guess(start.get(i).cells()).asMap().size() >= 2) {
                found = i;
                break;
            }
        }
        if (start.isEmpty()) {
            return List.of();
        }
        headerLine = start.get(found).line();
        ahead.addAll(start.subList(found + 1, start.size()));
        return start.get(found).cells();
    }

    public List<String> header() {
        return header;
    }

    public CsvLayout layout() {
        return layout;
    }

    /**
     * What the decoding had to repair so far, line by line ("Line 3 was not UTF-8 and was read as
     * Windows-1252 (older Excel)."); empty for a file that needed nothing.
     */
    public List<String> repairs() {
        List<String> notes = new ArrayList<>();
        if (decoder != null) {
            decoder.repairedLines().forEach((line, what) -> notes.add("Line " + line + " " + what + "."));
        }
        return notes;
    }

    /** The next row that is not blank, or empty at the end of the file. */
    public Optional<CsvRow> next() {
        if (!ahead.isEmpty()) {
            return Optional.of(ahead.removeFirst());
        }
        if (deferred != null) {
            CsvFileProblem problem = deferred;
            deferred = null;
            throw problem;
        }
        return nextRecord();
    }

    private Optional<CsvRow> nextRecord() {
        try {
            while (records.hasNext()) {
                long line = linesConsumed + 1;
                CSVRecord record = records.next();
                linesConsumed = parser.getCurrentLineNumber();
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                CsvRow row = new CsvRow(line, cells, unreadable(line, Math.max(line, linesConsumed)));
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
        if (cause instanceof LineTooLongException tooLong) {
            return tooLong(file, tooLong.line());
        }
        long line = parser.getCurrentLineNumber() + 1;
        Optional<CsvFileProblem> quotes = QuoteProblems.of(file, cause, linesConsumed + 1, line);
        if (quotes.isPresent()) {
            return quotes.get();
        }
        if (cause instanceof CharacterCodingException) {
            return new CsvFileProblem(line, "Line " + line + " of " + file.getFileName()
                    + " has characters that are not " + TextEncoding.nameOf(limit.charset) + ". Nothing was imported.");
        }
        return new CsvFileProblem(line, "Line " + line + " of " + file.getFileName()
                + " could not be read as CSV (" + cause.getMessage() + "). Check the quotes on that line. "
                + "Nothing was imported.");
    }

    private static CsvFileProblem tooLong(Path file, long line) {
        return new CsvFileProblem(line, "Line " + line + " of " + file.getFileName() + " is longer than "
                + (MAX_LINE_CHARS / 1_000_000) + " million characters, so this is not a spreadsheet's CSV "
                + "or it is damaged. Nothing was imported.");
    }

    private Optional<String> unreadable(long first, long last) {
        if (decoder == null) {
            return Optional.empty();
        }
        return decoder.firstUnreadable(loneCrs == null ? first : loneCrs.fileLine(first),
                        loneCrs == null ? last : loneCrs.lastFileLine(last)).map(bad -> "Line " + bad.getKey() + " " + bad.getValue()
                + ", so it was not imported. Correct that row in the spreadsheet, save it as \"CSV UTF-8 (Comma "
                + "delimited)\" and import it again.");
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

    /** The text already read for the layout, then the rest of the file; a read gives one or the other. */
    private static final class PrefixedReader extends Reader {
        private final String prefix;
        private final Reader rest;
        private int position;

        PrefixedReader(String prefix, Reader rest) {
            this.prefix = prefix;
            this.rest = rest;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (position < prefix.length() && length > 0) {
                int n = Math.min(length, prefix.length() - position);
                prefix.getChars(position, position + n, buffer, offset);
                position += n;
                return n;
            }
            return rest.read(buffer, offset, length);
        }

        @Override
        public void close() throws IOException {
            rest.close();
        }
    }

    /** Counts lines (LF, CR LF or a lone CR) and stops a runaway one before it fills the memory. */
    private static final class LineLimit extends FilterReader {
        private final Charset charset;
        private long line = 1;
        private long lineLength;
        private boolean afterCr;

        LineLimit(Reader in, Charset charset) {
            super(in);
            this.charset = charset;
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

        private void count(char c) throws LineTooLongException {
            if (c == '\n' && afterCr) {
                afterCr = false;
                return;
            }
            afterCr = c == '\r';
            if (c == '\n' || c == '\r') {
                line++;
                lineLength = 0;
            } else if (++lineLength > MAX_LINE_CHARS) {
                throw new LineTooLongException(line);
            }
        }
    }
}
