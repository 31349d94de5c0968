package org.compactregister.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.compactregister.io.RegisterCsvExport;
import org.compactregister.model.Plural;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export --out FILE.csv}: the whole register as a spreadsheet-safe CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole register as CSV (UTF-8, opens in Excel; the columns the import reads).")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = database.open()) {
            int count = new RegisterCsvExport(services).export(out, Progress.NONE);
            spec.commandLine().getOut().println("Exported " + Plural.of(count, "signatory", "signatories")
                    + " to " + out.toAbsolutePath() + ".");
            return 0;
        }
    }
}
