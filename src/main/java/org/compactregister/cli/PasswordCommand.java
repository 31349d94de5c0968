package org.compactregister.cli;

import java.io.Console;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.compactregister.model.RegisterPassword;
import org.compactregister.service.RefusedException;
import org.compactregister.service.RegisterPasswords;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code password set|change|remove}: the register password, which encrypts the register and its backups. */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = {"Set, change or remove the register password.",
            "With a password the register file and its backups are encrypted; the register opens only with it.",
            "If the password is forgotten, the data is gone: nobody can open the register without it.",
            "The current password comes from COMPACT_REGISTER_PASSWORD, the new one from "
                    + "COMPACT_REGISTER_NEW_PASSWORD; without them both are asked on the terminal."})
public final class PasswordCommand implements Callable<Integer> {

    /** What to do with the password. */
    enum Action { set, change, remove }

    @Parameters(index = "0", paramLabel = "set|change|remove", description = "What to do: ${COMPLETION-CANDIDATES}.")
    Action action;

    @Mixin
    DatabaseOption database;

    @Option(names = "--yes", description = "Remove the password without asking.")
    boolean yes;

    @Spec
    CommandSpec spec;

    private final Supplier<Console> console;

    public PasswordCommand() {
        this(() -> PasswordPrompt.console.get());
    }

    PasswordCommand(Supplier<Console> console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Services services = database.open();
        try {
            RegisterPasswords passwords = new RegisterPasswords(services);
            switch (action) {
                case set -> {
                    if (passwords.hasPassword()) {
                        throw new RefusedException("The register already has a password. Change it with: "
                                + "compact-register password change");
                    }
                    spec.commandLine().getErr().println(RegisterPasswords.FORGOTTEN_MEANS_GONE);
                    RegisterPassword[] typed = PasswordPrompt.newPassword();
                    services = passwords.set(typed[0], typed[1]);
                    say("The register " + services.databaseFile() + " now has a password. Its file is encrypted, and "
                            + "so are its backups from now on.");
                }
                case change -> {
                    if (!passwords.hasPassword()) {
                        throw new RefusedException("The register has no password to change. Set one with: "
                                + "compact-register password set");
                    }
                    spec.commandLine().getErr().println(RegisterPasswords.FORGOTTEN_MEANS_GONE);
                    RegisterPassword[] typed = PasswordPrompt.newPassword();
                    services = passwords.change(database.password(), typed[0], typed[1]);
                    say("The register's password is changed. Backups taken before keep the old password.");
                }
                case remove -> {
                    if (!passwords.hasPassword()) {
                        throw new RefusedException("The register has no password to remove.");
                    }
                    TerminalQuestion.confirm(console, yes, "the password was not removed", "remove it",
                            "The register file will be decrypted: anyone with the file can then read it, and "
                                    + "backups from now on are not encrypted.", "Type yes to remove the password: ");
                    services = passwords.remove(database.password());
                    say("The register " + services.databaseFile() + " has no password now; its file is not encrypted.");
                }
                default -> throw new IllegalStateException(action.name());
            }
            return 0;
        } finally {
            services.close();
        }
    }

    private void say(String text) {
        spec.commandLine().getOut().println(text);
    }
}
