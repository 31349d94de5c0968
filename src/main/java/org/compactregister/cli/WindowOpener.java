package org.compactregister.cli;

import java.nio.file.Path;

/** Opens the register's window; the command line calls it when no command is given. */
@FunctionalInterface
public interface WindowOpener {

    /** Opens the window on the register at {@code database} and returns when it is closed. */
    int open(Path database, boolean fillWithSamples);
}
