package org.compactregister.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.compactregister.io.BackupSummary;
import org.compactregister.io.DamagedRegister;
import org.compactregister.io.RegisterBackup;
import org.compactregister.io.RestoreWording;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
        if (!yes) {
            Console terminal = console.get();
            if (terminal == null) {
                throw new RefusedException("nothing was restored: there is no terminal to ask on. "
                        + "Add --yes to replace the register without asking.");
            }
            terminal.printf("%s%n", confirmation);
            String answer = terminal.readLine("Type yes to replace it: ");
            if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).equals("yes")) {
                throw new RefusedException("nothing was restored: the answer was not yes.");
            }
        }
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
