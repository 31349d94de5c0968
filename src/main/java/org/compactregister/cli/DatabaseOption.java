package org.compactregister.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.model.RegisterLocation;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.model.StaffMember;
import org.compactregister.service.DatabaseLocation;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --db} option that every command takes, written after the command's name
 * ({@code compact-register stats --db PATH}) or before it ({@code compact-register --db PATH stats}):
 * both name the same register. It is a register file's path, or a shared register on a PostgreSQL
 * server, {@code postgresql://server[:port]/database[?user=NAME]} (the password from
 * {@code PGPASSWORD} or the {@code .pgpass} file; never on the command line).
 */
public final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH|postgresql://SERVER[:PORT]/DATABASE",
            converter = LocationConverter.class,
            description = "The register: its file (${bundle:" + UsualRegisterHelp.KEY + "}), or a shared register on a PostgreSQL "
                    + "server, postgresql://server[:port]/database[?user=NAME] (password from PGPASSWORD or .pgpass).")
    RegisterLocation database = usualOrNull();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The register: the command's own {@code --db}, else a {@code --db} given before the command's
     * name, else the app's own register file ({@link DatabaseLocation#choice()}).
     */
    public RegisterLocation location() {
        for (CommandSpec level = command; level != null; level = level.parent()) {
            ParseResult parsed = level.commandLine().getParseResult();
            if (parsed != null && parsed.hasMatchedOption("--db")) {
                return parsed.matchedOptionValue("--db", database);
            }
        }
        // a setting that names no register is refused here, in words, only when it is needed
        return database != null ? database : DatabaseLocation.choice().location();
    }

    /** The usual register, or null when a setting names none ({@link #location} says why; the help, {@link UsualRegisterHelp}). */
    private static RegisterLocation usualOrNull() {
        try {
            return DatabaseLocation.choice().location();
        } catch (RefusedException badSetting) {
            return null;
        }
    }

    /**
     * The register file, for the commands that work on a file only (recover).
     *
     * @throws RefusedException when {@code --db} names a register on a server; the message says so
     */
    public Path file() {
        if (location() instanceof RegisterLocation.H2File h2) {
            return h2.file();
        }
        throw new RefusedException(location().describe() + " is on a server, and \"" + command.qualifiedName(" ")
                + "\" works on a register file on this PC. A shared register is backed up and restored with "
                + "\"backup\" and \"restore\", and kept safe by the server's own backups (see the README).");
    }

    private RegisterPassword password;

    /**
     * Opens the register with the system clock, changes recorded against the server's login (or the
     * computer's user for a file); the caller closes it. A register
     * with a password opens with {@code COMPACT_REGISTER_PASSWORD}, or with the password typed on
     * the terminal ({@value PasswordPrompt#TRIES} tries); without either the command refuses.
     *
     * @throws RegisterPasswordException when the password is wrong (every try); nothing was touched
     */
    public Services open() {
        if (!(location() instanceof RegisterLocation.H2File)) {
            return Services.open(location(), Clock.systemDefaultZone());
        }
        Path file = file();
        if (!Services.hasPassword(file)) {
            return Services.open(file, Clock.systemDefaultZone());
        }
        int tries = PasswordPrompt.fromEnvironment(PasswordPrompt.VARIABLE) ? 1 : PasswordPrompt.TRIES;
        for (int tried = 1; ; tried++) {
            RegisterPassword typed = PasswordPrompt.forRegister(file);
            try {
                Services opened = Services.open(file, Clock.systemDefaultZone(), StaffMember.ofComputerUser(), typed);
                password = typed;
                return opened;
            } catch (RegisterPasswordException wrong) {
                if (tried >= tries || wrong.why() != RegisterPasswordException.Why.WRONG) {
                    throw wrong;
                }
                PasswordPrompt.terminal().printf("%s%n", wrong.getMessage());
            }
        }
    }

    /**
     * The register's password: the one {@link #open()} used, else (a register that has one but did
     * not open, such as a damaged one) asked for; null when the register has none.
     */
    public RegisterPassword password() {
        if (password == null && location() instanceof RegisterLocation.H2File && Services.hasPassword(file())) {
            password = PasswordPrompt.forRegister(file());
        }
        return password;
    }

    /** Reads {@code --db}'s value; a server address that lacks its parts is refused in words. */
    public static final class LocationConverter implements ITypeConverter<RegisterLocation> {
        @Override
        public RegisterLocation convert(String value) {
            try {
                return RegisterLocation.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
