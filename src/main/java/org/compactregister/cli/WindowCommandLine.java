package org.compactregister.cli;

import java.util.Optional;
import org.compactregister.model.RegisterLocation;
import org.compactregister.service.DatabaseLocation;
import org.compactregister.service.RefusedException;

/**
 * The command lines that only open the window, read without picocli: none at all,
 * {@code --db PATH} (or {@code --db=PATH}), {@code --demo}, or both. Building picocli's model of
 * the seventeen commands takes 0.1 to 0.2 s of every start of the window (its classes are Java 5
 * class files, which the class-data archive cannot hold, so they are read and checked each time);
 * these few forms mean the same as they do to {@link RegisterCommand}. Anything else (a command,
 * {@code --help}, an {@code @file}, a {@code --db} value that does not read) is left to picocli.
 *
 * @param register the register to open: {@code --db}'s, else the app's own ({@link DatabaseLocation#choice()})
 * @param demo whether {@code --demo} was given
 */
public record WindowCommandLine(RegisterLocation register, boolean demo) {

    private static final String DB = "--db";
    private static final String DEMO = "--demo";

    /** What {@code args} ask of the window, when they are one of the forms above; empty otherwise. */
    public static Optional<WindowCommandLine> of(String... args) {
        String db = null;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(DEMO) && !demo) {
                demo = true;
            } else if (arg.equals(DB) && db == null && i + 1 < args.length) {
                db = args[++i];
            } else if (arg.startsWith(DB + "=") && db == null) {
                db = arg.substring(DB.length() + 1);
            } else {
                return Optional.empty();
            }
        }
        if (db == null) {
            try {
                return Optional.of(new WindowCommandLine(DatabaseLocation.choice().location(), demo));
            } catch (RefusedException noRegister) {
                // a setting that names no register: picocli's way says why, on the console and in a window
                return Optional.empty();
            }
        }
        if (db.isBlank() || db.startsWith("-") || db.startsWith("@")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WindowCommandLine(RegisterLocation.parse(db), demo));
        } catch (IllegalArgumentException unreadable) {
            // picocli says what is wrong with it
            return Optional.empty();
        }
    }
}
