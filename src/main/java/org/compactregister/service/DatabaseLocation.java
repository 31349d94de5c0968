package org.compactregister.service;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the register lives when no {@code --db} is given: the {@code compact.register.db} system
 * property, else the {@code COMPACT_REGISTER_DB} environment variable, else a register already in
 * the old folder {@code ~/.compact-register} (opened where it is, never moved), else
 * {@code register.mv.db} in the system's folder for program data ({@link AppFolders#dataFolder()}).
 */
public final class DatabaseLocation {

    /** The register file's name in the app's folder. */
    public static final String FILE_NAME = "register.mv.db";

    private DatabaseLocation() {
    }

    /**
     * The default register and why it is there.
     *
     * @param file the register file (it may not exist yet)
     * @param why one sentence for the log and Help > About
     */
    public record Choice(Path file, String why) {
    }

    public static Path defaultFile() {
        return choice().file();
    }

    /** The default register on this computer, and why. */
    public static Choice choice() {
        return choose(AppFolders.ofThisComputer(), System.getProperty("compact.register.db"),
                System.getenv("COMPACT_REGISTER_DB"));
    }

    /**
     * The default register for {@code folders}, given the {@code compact.register.db} property and
     * the {@code COMPACT_REGISTER_DB} variable (either may be null or blank).
     */
    public static Choice choose(AppFolders folders, String property, String environment) {
        if (property != null && !property.isBlank()) {
            return new Choice(Path.of(property), "named by the setting compact.register.db");
        }
        if (environment != null && !environment.isBlank()) {
            return new Choice(Path.of(environment), "named by the COMPACT_REGISTER_DB setting");
        }
        Path current = folders.dataFolder().resolve(FILE_NAME);
        Path old = folders.oldFolder().resolve(FILE_NAME);
        if (!Files.exists(current) && Files.exists(old)) {
            return new Choice(old, "the register made by an earlier version, opened where it is (nothing is moved; "
                    + "a new register would go to " + folders.dataFolder() + ")");
        }
        return new Choice(current, "the folder this system keeps programs' data in");
    }
}
