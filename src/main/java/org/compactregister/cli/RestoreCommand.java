package org.compactregister.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.compactregister.io.BackupSummary;
import org.compactregister.io.DamagedRegister;
import org.compactregister.io.RegisterBackup;
import org.compactregister.io.RestoreWording;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore FILE}: replaces the register with a backup, after saying what will be replaced. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the register with a backup made by the backup command or the app.",
            "Asks first, on the terminal; without a terminal, add --yes."})
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path backup;

    @Option(names = "--yes", description = "Replace the register without asking.")
    boolean yes;

    @Spec
    CommandSpec spec;

    private final Supplier<Console> console;

    public RestoreCommand() {
        this(System::console);
    }

    RestoreCommand(Supplier<Console> console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        database.file(); // a backup restores over a register file only: refused in words for a server
        BackupSummary summary = RegisterBackup.inspect(backup);
        String confirmation;
        Path file;
        boolean damaged = false;
        try (Services services = database.open()) {
            file = services.databaseFile();
            confirmation = RestoreWording.confirmation(file, services.register().count(), summary);
        } catch (RegisterDamagedException unreadable) {
            file = unreadable.file();
            damaged = true;
            confirmation = RestoreWording.confirmationOverDamaged(file, summary);
        }
        TerminalQuestion.confirm(console, yes, "nothing was restored", "replace the register", confirmation,
                "Type yes to replace it: ");
        if (damaged) {
            spec.commandLine().getOut().println(new DamagedRegister(file).restore(backup).describe());
            return 0;
        }
        BackupSummary restored = RegisterBackup.restore(file, backup);
        spec.commandLine().getOut().println("Restored " + restored.signatories()
                + (restored.signatories() == 1 ? " signatory" : " signatories") + " from " + backup + " into "
                + file + "." + restored.erasedAgainNote());
        return 0;
    }
}
