package org.compactregister.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import org.compactregister.model.RegisterPassword;
import org.compactregister.service.RefusedException;

/**
 * Where a command gets a register password: the environment variable {@value #VARIABLE} (for
 * scripts and scheduled tasks), else asked on the terminal without echo; with neither, the
 * command refuses and says how to give it. The password is never taken as an option, which
 * would show it in the list of running programs and in the shell's history.
 */
final class PasswordPrompt {

    /** The register's password. */
    static final String VARIABLE = "COMPACT_REGISTER_PASSWORD";
    /** The new password for {@code password set} and {@code password change}. */
    static final String NEW_VARIABLE = "COMPACT_REGISTER_NEW_PASSWORD";
    /** The password of a backup made under another password than the register's now. */
    static final String BACKUP_VARIABLE = "COMPACT_REGISTER_BACKUP_PASSWORD";
    /** How many times the terminal asks before the command gives up. */
    static final int TRIES = 3;

    /** Where variables are read; tests put their own here. */
    static Function<String, String> environment = System::getenv;
    /** The terminal; tests put their own (or none) here. */
    static Supplier<Console> console = System::console;

    private PasswordPrompt() {
    }

    /** Whether the password comes from {@code variable} (then there is one try only). */
    static boolean fromEnvironment(String variable) {
        String value = environment.apply(variable);
        return value != null && !value.isEmpty();
    }

    /**
     * The password in {@code variable}, else typed on the terminal after {@code prompt}.
     *
     * @param refusal what was not done and why, for when there is neither: "The register … has a password"
     * @throws RefusedException when there is no such variable and no terminal
     */
    static RegisterPassword ask(String variable, String prompt, String refusal) {
        String value = environment.apply(variable);
        if (value != null && !value.isEmpty()) {
            return RegisterPassword.of(value);
        }
        Console terminal = console.get();
        if (terminal == null) {
            throw new RefusedException(refusal + ": give it in the " + variable + " environment variable, or run the "
                    + "command on a terminal to be asked for it. Nothing was done.");
        }
        char[] typed = terminal.readPassword("%s", prompt);
        return RegisterPassword.of(typed == null ? new char[0] : typed);
    }

    /** The register password of {@code file}, from {@value #VARIABLE} or the terminal. */
    static RegisterPassword forRegister(Path file) {
        return ask(VARIABLE, "Password of the register " + file + ": ", "The register " + file + " has a password");
    }

    /**
     * A new password, from {@value #NEW_VARIABLE}, or typed twice on the terminal; the second typing
     * is returned beside the first, so that the service can refuse two that differ.
     */
    static RegisterPassword[] newPassword() {
        if (fromEnvironment(NEW_VARIABLE)) {
            RegisterPassword password = RegisterPassword.of(environment.apply(NEW_VARIABLE));
            return new RegisterPassword[] {password, password};
        }
        String refusal = "A new password is needed";
        RegisterPassword first = ask(NEW_VARIABLE, "New register password: ", refusal);
        RegisterPassword again = ask(NEW_VARIABLE, "The new password again: ", refusal);
        return new RegisterPassword[] {first, again};
    }

    /** A terminal to print on, if there is one. */
    static Console terminal() {
        return console.get();
    }
}
