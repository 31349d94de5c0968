package org.compactregister.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.service.DatabaseLocation;
import org.compactregister.service.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code --db PATH} option that every command takes, written after the command's name
 * ({@code compact-register stats --db PATH}) or before it ({@code compact-register --db PATH stats}):
 * both name the same register.
 */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The register database file (default: ${DEFAULT-VALUE}).")
    Path database = DatabaseLocation.defaultFile();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The register file: the command's own {@code --db}, else a {@code --db} given before the
     * command's name, else the app's own register ({@link DatabaseLocation#defaultFile()}).
     */
    public Path file() {
        for (CommandSpec level = command; level != null; level = level.parent()) {
            ParseResult parsed = level.commandLine().getParseResult();
            if (parsed != null && parsed.hasMatchedOption("--db")) {
                return parsed.matchedOptionValue("--db", database);
            }
        }
        return database;
    }

    /** Opens the register at {@link #file()} with the system clock; the caller closes it. */
    public Services open() {
        return Services.open(file(), Clock.systemDefaultZone());
    }
}
