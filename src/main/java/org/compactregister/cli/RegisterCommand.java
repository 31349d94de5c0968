package org.compactregister.cli;

import java.util.concurrent.Callable;
import org.compactregister.model.RegisterLocation;
import org.compactregister.service.RefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compact-register}: with no command, opens the window; with a command, does that job
 * without a window and exits 0 on success, non-zero with a one-line reason otherwise.
 */
@Command(name = RegisterCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = AboutVersion.class,
        description = "The register of the organisations that sign the local Compact.%n"
                + "With no command, opens the register's window.",
        subcommands = {ImportCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class,
            StatsCommand.class, LettersCommand.class, ListCommand.class, RecoverCommand.class, FormsCommand.class,
            InboxCommand.class, EditCommand.class, AuditCommand.class, SubjectAccessCommand.class, EraseCommand.class,
            RetentionCommand.class, MoveRegisterCommand.class, PasswordCommand.class})
public final class RegisterCommand implements Callable<Integer> {

    /** The command's name, as its messages start. */
    static final String NAME = "compact-register";

    @Spec
    private CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--demo", description = "Fill an empty register with fictional sample signatories first.")
    boolean demo;

    private final WindowOpener windowOpener;

    public RegisterCommand(WindowOpener windowOpener) {
        this.windowOpener = windowOpener;
    }

    @Override
    public Integer call() {
        RegisterLocation location;
        try {
            location = database.location();
        } catch (RefusedException noRegister) {
            spec.commandLine().getErr().println(spec.name() + ": " + noRegister.getMessage());
            return windowOpener.refused(noRegister.getMessage());
        }
        return windowOpener.open(location, demo);
    }
}
