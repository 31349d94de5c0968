package org.compactregister.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.compactregister.io.AutomaticBackups;
import org.compactregister.io.BackupSummary;
import org.compactregister.io.DamagedRegister;
import org.compactregister.io.RestoreWording;
import org.compactregister.model.RegisterProblem;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code recover}: rescues a register whose file is damaged, keeping the damaged file beside it. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Rescue a register that will not open because its file is damaged.",
            "Takes what can still be read into its place; with --latest-backup, puts the newest automatic "
                    + "backup in its place instead. Either way the damaged file is kept beside it, renamed.",
            "A register that opens as it is is left alone."})
public final class RecoverCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--latest-backup",
            description = "Restore the newest automatic backup (from the folder 'backups' beside the register) "
                    + "instead of recovering.")
    boolean latestBackup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = database.file();
        try (Services services = database.open()) {
            spec.commandLine().getOut().println("The register " + services.databaseFile() + " opens as it is ("
                    + RestoreWording.signatories(services.register().count()) + "): there is nothing to recover.");
            return 0;
        } catch (RegisterDamagedException damaged) {
            spec.commandLine().getErr().println(damaged.getMessage());
        }
        DamagedRegister register = new DamagedRegister(file, database.password());
        Optional<BackupSummary> backup = register.latestBackup();
        if (latestBackup) {
            BackupSummary latest = backup.orElseThrow(() -> new RefusedException("there is no whole automatic backup in "
                    + AutomaticBackups.defaultFolderFor(register.file()) + ". Restore another backup with: "
                    + "compact-register restore FILE"));
            spec.commandLine().getOut().println(register.restore(latest.file()).describe());
            return 0;
        }
        try {
            spec.commandLine().getOut().println(register.recover().describe());
            return 0;
        } catch (RegisterProblem nothing) {
            throw new RefusedException(nothing.getMessage() + backup.map(latest -> " The newest automatic backup is "
                    + RestoreWording.backupTaken(latest) + "; put it in place with: compact-register recover "
                    + "--latest-backup").orElse(""));
        }
    }
}
