package org.compactregister.cli;

import java.nio.file.Path;
import org.compactregister.service.DatabaseLocation;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option that every command takes. */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The register database file (default: ${DEFAULT-VALUE}).")
    Path database = DatabaseLocation.defaultFile();

    public Path file() {
        return database;
    }
}
