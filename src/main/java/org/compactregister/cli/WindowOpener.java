package org.compactregister.cli;

import org.compactregister.model.RegisterLocation;

/** Opens the register's window; the command line calls it when no command is given. */
@FunctionalInterface
public interface WindowOpener {

    /** Opens the window on the register at {@code register} (a file or a server) and returns when it is closed. */
    int open(RegisterLocation register, boolean fillWithSamples);

    /**
     * Says why no register can be opened (a setting that names none) and returns the exit code; by
     * default on the command line, as {@link org.compactregister.service.RefusedException} is told.
     */
    default int refused(String why) {
        throw new org.compactregister.service.RefusedException(why);
    }
}
