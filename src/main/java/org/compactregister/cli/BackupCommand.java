package org.compactregister.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.compactregister.io.BackupSummary;
import org.compactregister.io.RegisterBackup;
import org.compactregister.model.Plural;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code backup --out FILE}: the whole register, scans and settings included, in one file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back the register up (signatories, scans and settings) to one file, to restore later.")
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (a .zip).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = database.open()) {
            BackupSummary summary = new RegisterBackup(services).backUp(out);
            spec.commandLine().getOut().println("Backed up "
                    + Plural.of(summary.signatories(), "signatory", "signatories") + " to " + summary.file() + ".");
            return 0;
        }
    }
}
