package org.compactregister.service;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.compactregister.model.RegisterLocation;

/**
 * Where the register lives when no {@code --db} is given: the {@code compact.register.db} system
 * property, else the {@code COMPACT_REGISTER_DB} environment variable (either a register file's path
 * or a shared register, {@code postgresql://server[:port]/database[?user=NAME]}, as {@code --db}
 * takes), else a register already in
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
     * @param location the register file (it may not exist yet), or a shared register on a server
     * @param why one sentence for the log and Help > About
     */
    public record Choice(RegisterLocation location, String why) {

        /** The register file; empty for a shared register on a server. */
        public Optional<Path> file() {
            return location instanceof RegisterLocation.H2File h2 ? Optional.of(h2.file()) : Optional.empty();
        }
    }

    /**
     * The default register on this computer, and why.
     *
     * @throws RefusedException when a setting names neither a register file nor a server, saying which and how to mend it
     */
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
            return new Choice(named(property, "The setting compact.register.db"), "named by the setting compact.register.db");
        }
        if (environment != null && !environment.isBlank()) {
            return new Choice(named(environment, "The COMPACT_REGISTER_DB setting"),
                    "named by the COMPACT_REGISTER_DB setting");
        }
        Path current = folders.dataFolder().resolve(FILE_NAME);
        Path old = folders.oldFolder().resolve(FILE_NAME);
        if (!Files.exists(current) && Files.exists(old)) {
            return new Choice(new RegisterLocation.H2File(old), "the register made by an earlier version, opened "
                    + "where it is (nothing is moved; a new register would go to " + folders.dataFolder() + ")");
        }
        return new Choice(new RegisterLocation.H2File(current), "the folder this system keeps programs' data in");
    }

    /** The register a setting names, as {@code --db} reads it. */
    private static RegisterLocation named(String value, String setting) {
        // a password typed into the address is never repeated in a message or the log
        String shown = value.strip().replaceAll("(//[^/@:]*):[^/@]*@", "$1:…@");
        try {
            return RegisterLocation.parse(value);
        } catch (InvalidPathException e) {
            throw new RefusedException(setting + " (\"" + shown + "\") is not a path this computer can use, "
                    + "nor a shared register (postgresql://server/database). Correct the setting, or remove it to "
                    + "use the register in the folder this system keeps programs' data in.");
        } catch (IllegalArgumentException e) {
            String message = e.getMessage().replace(value.strip(), shown);
            String reason = message.endsWith(".") ? message : message + ".";
            throw new RefusedException(setting + " (\"" + shown + "\") does not name a register: "
                    + reason + " Correct the setting, or remove it to use the register in the folder this "
                    + "system keeps programs' data in.");
        }
    }
}
