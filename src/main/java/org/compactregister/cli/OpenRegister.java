package org.compactregister.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.service.Services;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** Opens the register a command works on, with the system clock. */
final class OpenRegister {

    private OpenRegister() {
    }

    /**
     * The register named by the command's own {@code --db}, else by a {@code --db} given before the
     * command name ({@code compact-register --db PATH stats}), else the app's own register.
     */
    static Services at(CommandSpec spec, DatabaseOption database) {
        return Services.open(file(spec, database), Clock.systemDefaultZone());
    }

    static Path file(CommandSpec spec, DatabaseOption database) {
        ParseResult own = spec.commandLine().getParseResult();
        if (own != null && own.hasMatchedOption("--db")) {
            return database.file();
        }
        CommandSpec parent = spec.parent();
        ParseResult before = parent == null ? null : parent.commandLine().getParseResult();
        if (before != null && before.hasMatchedOption("--db")) {
            return before.matchedOptionValue("--db", database.file());
        }
        return database.file();
    }
}
