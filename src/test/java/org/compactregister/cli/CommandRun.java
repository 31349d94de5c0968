package org.compactregister.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * One run of the jar's command line inside the test: its exit code and what it wrote to standard
 * output and standard error. Opening the window fails the test.
 */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CommandLines.create((database, demo) -> {
            throw new AssertionError("no window for a command");
        });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** The register {@code db} exported with the export command into {@code out}: the CSV's text. */
    static String exported(String db, Path out) throws IOException {
        CommandRun run = of("export", "--out", out.toString(), "--db", db);
        if (run.exitCode() != 0) {
            throw new AssertionError("export failed: " + run.err());
        }
        return Files.readString(out);
    }
}
