package org.compactregister.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a CSV parser's complaint about quotes means, in the office's words, naming the lines: a
 * quote opened and never closed (the rest of the file would go into one cell), or text after a
 * closing quote (on its own line, or where a quote opened rows earlier closes too late). Read from
 * the messages of Apache Commons CSV, which give the lines ("(startline 3)", "at line: 5").
 */
final class QuoteProblems {

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
    private static final Pattern AT_LINE = Pattern.compile("at line: (\\d+)");

    private QuoteProblems() {
    }

    /**
     * The problem {@code cause} tells of, when it is about quotes; empty otherwise.
     *
     * @param rowStart the line the row being read began on
     * @param line the line the parser had reached
     */
    static Optional<CsvFileProblem> of(Path file, IOException cause, long rowStart, long line) {
        String said = String.valueOf(cause.getMessage());
        String name = file.getFileName().toString();
        if (said.contains("EOF reached before encapsulated token finished")) {
            Matcher start = START_LINE.matcher(said);
            long opened = start.find() ? Long.parseLong(start.group(1)) : rowStart;
            return Optional.of(new CsvFileProblem(opened, "Line " + opened + " of " + name + " opens a quote (\") "
                    + "that is never closed, so everything after it, to the end of the file, would be read into one "
                    + "cell. Close the quote where that cell ends, or remove it, and import the file again. "
                    + "Nothing was imported."));
        }
        if (said.contains("between encapsulated token and delimiter")) {
            Matcher at = AT_LINE.matcher(said);
            long closed = at.find() ? Long.parseLong(at.group(1)) : line;
            if (closed <= rowStart) {
                return Optional.of(new CsvFileProblem(closed, "Line " + closed + " of " + name + " has text after a "
                        + "closing quote (\"): a cell in quotes must end at its closing quote. Put the whole cell in "
                        + "quotes with each quote inside it doubled (\"\"), or remove the quotes, and import the file "
                        + "again. Nothing was imported."));
            }
            return Optional.of(new CsvFileProblem(closed, "Line " + closed + " of " + name + " has text after a "
                    + "closing quote (\"), so a quote opened earlier, from line " + rowStart + " on, may be closed "
                    + "only there, taking the rows between into one cell. Check the quotes from line " + rowStart
                    + " to line " + closed + ": a cell in quotes must end at its closing quote. Nothing was imported."));
        }
        return Optional.empty();
    }
}
