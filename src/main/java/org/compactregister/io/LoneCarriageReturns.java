package org.compactregister.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A lone CR (carriage return not followed by LF) inside a line of a file whose lines end in LF or CR
 * LF: typed into a cell by an old Mac program or pasted from one, it is no line end there, and taken
 * for one it splits a row in two (the first cut short, the second refused or, worse, taken on its
 * own). Outside quotes it is read as a space; inside a quoted cell it is left as the line break it is.
 * Files whose lines end in a lone CR (old Mac CSV) are read as they are.
 */
final class LoneCarriageReturns extends FilterReader {

    private boolean quoted;
    /** The character read ahead to see what follows a CR; -2 for none. */
    private int ahead = -2;
    /** The line of the text as read through this filter (LF and CR LF end one). */
    private long line = 1;
    /** For each line holding lone CRs read as spaces, how many there were up to the end of it. */
    private final NavigableMap<Long, Long> spacesThrough = new TreeMap<>();
    private long spaces;

    private LoneCarriageReturns(Reader in) {
        super(in);
    }

    /**
     * {@code text} read through this filter when the first lines, {@code start}, end in LF or CR LF
     * and hold lone CRs outside quotes (a few at most: fewer than half as many as their line ends);
     * else {@code text} as it is.
     */
    static Reader inLines(String start, Reader text) {
        return wanted(start) ? new LoneCarriageReturns(text) : text;
    }

    private static boolean wanted(String start) {
        int lineEnds = 0;
        int lone = 0;
        boolean inQuotes = false;
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == '\n') {
                lineEnds++;
            } else if (!inQuotes && c == '\r' && i + 1 < start.length() && start.charAt(i + 1) != '\n') {
                lone++;
            }
        }
        return lone > 0 && lineEnds >= 2 && lone * 2 < lineEnds;
    }

    /**
     * The first line of the file, counted as {@link LineDecoder} counts lines (a lone CR ends one),
     * of the line {@code filtered} of the text read through this filter.
     */
    long fileLine(long filtered) {
        Map.Entry<Long, Long> before = spacesThrough.lowerEntry(filtered);
        return filtered + (before == null ? 0 : before.getValue());
    }

    /** The last line of the file, counted as {@link LineDecoder} counts lines, that the line {@code filtered} takes in. */
    long lastFileLine(long filtered) {
        Map.Entry<Long, Long> through = spacesThrough.floorEntry(filtered);
        return filtered + (through == null ? 0 : through.getValue());
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int c = next();
        if (c < 0) {
            return -1;
        }
        int n = 0;
        while (true) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\r' && !quoted) {
                int after = peek();
                if (after != '\n' && after >= 0) {
                    c = ' ';
                    spacesThrough.put(line, ++spaces);
                }
            } else if (c == '\n') {
                line++;
            }
            buffer[offset + n++] = (char) c;
            if (n == length) {
                return n;
            }
            c = next();
            if (c < 0) {
                return n;
            }
        }
    }

    private int next() throws IOException {
        if (ahead != -2) {
            int c = ahead;
            ahead = -2;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (ahead == -2) {
            ahead = in.read();
        }
        return ahead;
    }
}
