package org.compactregister.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.compactregister.io.CsvImportService;
import org.compactregister.io.ImportReport;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import FILE.csv}: enters the signatories of a spreadsheet saved as CSV. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Enter the signatories in a spreadsheet saved as CSV.",
            "The columns are found by the names in the first row: Name, Date, On behalf of Organisation "
                    + "(or Organisation), Address, Tel, Email, and Town, Postcode, Sector, Date received, "
                    + "How received, Notes. Dates like 24/11/2026 or 2026-11-24.",
            "Each row is checked like a typed form; refused rows (with their line and reason) go to the report, "
                    + "and the command then exits with 1."})
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Parameters(paramLabel = "FILE.csv", description = "The CSV file (UTF-8 or Windows-1252, commas or semicolons).")
    Path file;

    @Option(names = "--all-or-nothing", description = "Import nothing when any row is refused.")
    boolean allOrNothing;

    @Option(names = "--report", paramLabel = "REPORT.csv",
            description = "Where to write the refused rows (default: beside FILE, named FILE-refused.csv).")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = database.open()) {
            ImportReport result = new CsvImportService(services).importFile(file, allOrNothing, Progress.NONE);
            if (!result.hasRefusals()) {
                spec.commandLine().getOut().println(result.summary());
                return 0;
            }
            Path reportFile = report != null ? report : defaultReport(file);
            CsvImportService.writeReport(result, reportFile);
            throw new RefusedException(result.summary() + " The refused rows and why are in " + reportFile + ".");
        }
    }

    static Path defaultReport(Path csv) {
        Path absolute = csv.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return absolute.resolveSibling(stem + "-refused.csv");
    }
}
