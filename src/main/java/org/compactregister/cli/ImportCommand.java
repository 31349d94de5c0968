package org.compactregister.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.compactregister.io.ColumnMapping;
import org.compactregister.io.CsvImportService;
import org.compactregister.io.CsvPreview;
import org.compactregister.io.DateColumn;
import org.compactregister.io.DateOrder;
import org.compactregister.io.HeaderProblems;
import org.compactregister.io.ImportReport;
import org.compactregister.io.RegisterWrittenFile;
import org.compactregister.model.RegisterLocation;
import org.compactregister.model.Text;
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
                    + "and the command then exits with 1.",
            "A column the register does not recognise stops the import until --ignore-column names it, as do two "
                    + "columns that mean one field (Phone and Telephone) and text under a column with no heading "
                    + "(--ignore-column \"column 4\"); a date column whose dates could be day or month first "
                    + "(03/02/2025) stops it until --dates says which, or its heading does (Date (dd/mm/yyyy))."})
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

    @Option(names = "--ignore-column", paramLabel = "NAME",
            description = "Import the file without this column (repeat for more columns).")
    List<String> ignoredColumns = new ArrayList<>();

    @Option(names = "--dates", paramLabel = "day-first|month-first",
            description = "How to read all-number dates like 03/02/2025 in a column that does not show it itself.")
    String dates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<DateOrder> order = dateOrder();
        try (Services services = database.open()) {
            CsvImportService imports = new CsvImportService(services);
            CsvPreview preview = imports.preview(file);
            ColumnMapping mapping = confirmed(preview, order);
            ImportReport result = imports.importFile(file, mapping, allOrNothing, Progress.NONE);
            result.notes().forEach(spec.commandLine().getOut()::println);
            if (result.isEmpty()) {
                throw new RefusedException(result.summary());
            }
            if (!result.hasRefusals()) {
                spec.commandLine().getOut().println(result.summary());
                return 0;
            }
            Path reportFile = report != null ? report : defaultReport(file);
            throw new RefusedException(result.summary() + " " + saveReport(result, reportFile));
        }
    }

    /**
     * Saves the refused rows at {@code wanted}, or, when that folder cannot be written (a read-only
     * share, a locked-down PC), beside the register; says where, or why nowhere. What was imported
     * is said either way: the rows are in the register already.
     */
    private String saveReport(ImportReport result, Path wanted) {
        try {
            CsvImportService.writeReport(result, wanted);
            return "The refused rows and why are in " + wanted + ".";
        } catch (RefusedException notThere) {
            if (!(database.location() instanceof RegisterLocation.H2File h2)) {
                return "The refused rows could not be written to " + wanted + ": " + notThere.getMessage();
            }
            Path registerFolder = h2.file().toAbsolutePath().getParent();
            Path besideRegister = registerFolder.resolve(wanted.getFileName());
            try {
                CsvImportService.writeReport(result, besideRegister);
                return "The refused rows and why are in " + besideRegister + ", beside the register: the folder "
                        + wanted.toAbsolutePath().getParent() + " could not be written.";
            } catch (RefusedException notThereEither) {
                return "The report of the refused rows could not be saved, there or beside the register: "
                        + notThere.getMessage() + " Name a folder this user may write with --report PATH.";
            }
        }
    }

    private Optional<DateOrder> dateOrder() {
        if (dates == null) {
            return Optional.empty();
        }
        return switch (dates.strip().toLowerCase(Locale.ROOT)) {
            case "day-first" -> Optional.of(DateOrder.DAY_FIRST);
            case "month-first" -> Optional.of(DateOrder.MONTH_FIRST);
            default -> throw new RefusedException("--dates is day-first or month-first, not \"" + dates + "\".");
        };
    }

    /** The guessed mapping once every unrecognised column is ignored by name and every doubtful date column confirmed. */
    private ColumnMapping confirmed(CsvPreview preview, Optional<DateOrder> order) {
        String name = file.getFileName().toString();
        ColumnMapping mapping = withoutSameFieldColumns(preview, name);
        for (HeaderProblems.NamelessColumn nameless : preview.namelessColumns()) {
            if (ignoredColumns.stream().noneMatch(nameless.ignoreName()::equalsIgnoreCase)) {
                throw new RefusedException(name + ": " + nameless.describe() + " Nothing was imported. Give the "
                        + "column a heading in the first row, such as Notes if it holds notes, and import the file "
                        + "again; or delete the column if its text is not needed, or import without it: "
                        + "--ignore-column \"" + nameless.ignoreName() + "\".");
            }
        }
        List<String> unmapped = mapping.unmapped(preview.header()).stream()
                .filter(column -> ignoredColumns.stream().noneMatch(column::equalsIgnoreCase)).toList();
        if (RegisterWrittenFile.holdsStatuses(unmapped)) {
            throw new RefusedException(name + ": " + RegisterWrittenFile.STATUSES_NOT_IMPORTED + " To move a whole "
                    + "register, use backup and restore, or move-register. Nothing was imported. "
                    + "To enter its forms anyway, as new and received: " + String.join(" ", unmapped.stream()
                    .map(column -> "--ignore-column \"" + column + "\"").toList()) + ".");
        }
        if (!unmapped.isEmpty()) {
            throw new RefusedException(name + " has " + (unmapped.size() == 1 ? "a column" : "columns")
                    + " the register does not recognise: " + String.join(", ", unmapped.stream()
                    .map(column -> "\"" + column + "\"").toList()) + ". Nothing was imported. Rename "
                    + (unmapped.size() == 1 ? "it" : "them") + " in the first row to a field of the register "
                    + "(Name, Date, On behalf of Organisation, Address, Address line 2, Address line 3, Town, "
                    + "Postcode, Tel, Second tel, Email, Sector, Date received, How received, Notes), or import "
                    + "without " + (unmapped.size() == 1 ? "it" : "them") + ": " + String.join(" ", unmapped.stream()
                    .map(column -> "--ignore-column \"" + column + "\"").toList()) + ".");
        }
        for (DateColumn column : preview.datesToConfirm()) {
            if (order.isEmpty()) {
                throw new RefusedException(column.question() + " Nothing was imported. Say which with --dates "
                        + "day-first or --dates month-first.");
            }
        }
        // --dates is said of every date column, so that a date that can only be read the other way is
        // refused rather than turning the whole column round
        for (DateColumn column : preview.dateColumns()) {
            if (order.isPresent() && mapping.dateOrder(column.field()).isEmpty()) {
                mapping = mapping.withDateOrder(column.field(), order.get());
            }
        }
        return mapping;
    }

    /**
     * The guessed mapping once, of each set of columns that mean one field, the ones named by
     * --ignore-column are left out; refused while two or more would still be read for it.
     */
    private ColumnMapping withoutSameFieldColumns(CsvPreview preview, String name) {
        ColumnMapping mapping = preview.mapping();
        List<String> header = preview.header();
        for (HeaderProblems.SameField same : preview.sameFieldColumns()) {
            List<Integer> remaining = HeaderProblems.remaining(same, header, ignoredColumns);
            boolean sameNames = HeaderProblems.sameNames(same, header);
            if (remaining.size() == 1 && !sameNames) {
                mapping = mapping.with(same.field(), remaining.get(0));
                continue;
            }
            if (remaining.isEmpty() && !sameNames) {
                mapping = mapping.with(same.field(), null);
                continue;
            }
            String leaveOut = sameNames ? " They have the same name, so --ignore-column cannot tell them apart."
                    : " Or import without one of them: --ignore-column \"" + Text.clean(header.get(same.columns()
                    .get(same.columns().size() - 1))) + "\".";
            throw new RefusedException(name + ": " + HeaderProblems.describe(same, header) + " Nothing was imported, "
                    + "so that neither is lost. " + HeaderProblems.renameAdvice(same) + leaveOut);
        }
        return mapping;
    }

    static Path defaultReport(Path csv) {
        Path absolute = csv.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return absolute.resolveSibling(stem + "-refused.csv");
    }
}
