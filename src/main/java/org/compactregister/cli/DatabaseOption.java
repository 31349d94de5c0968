package org.compactregister.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.model.StaffMember;
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

    private RegisterPassword password;

    /**
     * Opens the register at {@link #file()} with the system clock; the caller closes it. A register
     * with a password opens with {@code COMPACT_REGISTER_PASSWORD}, or with the password typed on
     * the terminal ({@value PasswordPrompt#TRIES} tries); without either the command refuses.
     *
     * @throws RegisterPasswordException when the password is wrong (every try); nothing was touched
     */
    public Services open() {
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
        if (password == null && Services.hasPassword(file())) {
            password = PasswordPrompt.forRegister(file());
        }
        return password;
    }
}
