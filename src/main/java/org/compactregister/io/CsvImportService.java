package org.compactregister.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.FormField;
import org.compactregister.model.Plural;
import org.compactregister.persistence.SignatoryBatch;
import org.compactregister.persistence.SignatoryRepository;
import org.compactregister.service.CancelledException;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.SafeFile;
import org.compactregister.service.Services;

/**
 * Imports signatories from a CSV file saved by a spreadsheet. Every row is judged by the same rules
 * as the form entry screen and the duplicate rule; the accepted rows go in as one transaction, or,
 * with "all or nothing", none go in when any row is refused. Nothing is ever half-imported.
 */
public final class CsvImportService {

    /** How many rows the import screen shows before the import runs. */
    public static final int PREVIEW_ROWS = 20;

    private static final int REPORT_EVERY = 250;

    private final Services services;
    private final SignatoryRepository signatories;

    public CsvImportService(Services services) {
        this.services = services;
        this.signatories = new SignatoryRepository(services.database().jdbi());
    }

    /** The layout, header, guessed column mapping and the first rows checked, for the import screen. */
    public CsvPreview preview(Path file) {
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            return preview(reader, file, ColumnMapping.guess(reader.header()));
        }
    }

    /** The same file checked again with a mapping the user chose. */
    public CsvPreview preview(Path file, ColumnMapping mapping) {
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            return preview(reader, file, mapping);
        }
    }

    private CsvPreview preview(CsvFileReader reader, Path file, ColumnMapping mapping) {
        requireHeader(reader, file);
        List<CsvRow> first = new ArrayList<>();
        Map<FormField, DateColumn> dates = dateColumns(reader.header(), mapping);
        HeaderProblems.Nameless nameless = new HeaderProblems.Nameless(reader.header(), mapping);
        Optional<CsvFileProblem> stopped = Optional.empty();
        try {
            for (Optional<CsvRow> row = reader.next(); row.isPresent(); row = reader.next()) {
                if (first.size() < PREVIEW_ROWS) {
                    first.add(row.get());
                }
                nameless.add(row.get());
                judgeDates(dates, mapping, row.get());
            }
        } catch (CsvFileProblem problem) {
            stopped = Optional.of(problem);
        }
        RowChecker checker = new RowChecker(services.register(), registerNames(), mapping, reader.header(),
                dateOrders(dates.values(), mapping));
        List<RowCheck> rows = new ArrayList<>();
        for (CsvRow row : first) {
            rows.add(checker.check(row));
        }
        stopped.ifPresent(problem -> rows.add(new RowCheck(problem.line(), List.of(), null,
                Optional.of(problem.getMessage()))));
        return new CsvPreview(file, reader.layout(), reader.header(), mapping, rows, List.copyOf(dates.values()),
                reader.repairs(), nameless.withText());
    }

    /** An empty judgement for each date field a column is mapped to. */
    private static Map<FormField, DateColumn> dateColumns(List<String> header, ColumnMapping mapping) {
        Map<FormField, DateColumn> dates = new EnumMap<>(FormField.class);
        for (FormField field : List.of(FormField.DATE_SIGNED, FormField.DATE_RECEIVED)) {
            mapping.column(field).filter(column -> column < header.size()).ifPresent(column -> dates.put(field,
                    new DateColumn(field, "\"" + header.get(column).strip() + "\"", Optional.empty(), Optional.empty(),
                            Optional.empty())));
        }
        return dates;
    }

    private static void judgeDates(Map<FormField, DateColumn> dates, ColumnMapping mapping, CsvRow row) {
        if (row.unreadable().isEmpty()) {
            dates.replaceAll((field, column) -> column.with(row.line(),
                    mapping.column(field).map(row::cell).orElse("")));
        }
    }

    /** The order each date column is read in: as it shows itself, else as the user confirmed. */
    private static Map<FormField, DateOrder> dateOrders(Collection<DateColumn> columns, ColumnMapping mapping) {
        Map<FormField, DateOrder> orders = new EnumMap<>(FormField.class);
        for (DateColumn column : columns) {
            column.judged().or(() -> mapping.dateOrder(column.field()))
                    .ifPresent(order -> orders.put(column.field(), order));
        }
        return orders;
    }

    /** The date columns judged over the whole file, and how many rows it has (for the progress bar). */
    private record Survey(Map<FormField, DateColumn> dates, int rows) {
    }

    /**
     * Reads the whole file once for its date columns' order, in the encoding already found; a file
     * problem is left to the import to report.
     */
    private static Survey survey(Path file, TextEncoding encoding, ColumnMapping mapping) {
        try (CsvFileReader reader = CsvFileReader.open(file, encoding)) {
            Map<FormField, DateColumn> dates = dateColumns(reader.header(), mapping);
            int rows = 0;
            try {
                for (Optional<CsvRow> row = reader.next(); row.isPresent(); row = reader.next()) {
                    judgeDates(dates, mapping, row.get());
                    rows++;
                }
            } catch (CsvFileProblem reportedByTheImport) {
                // the import reads to the same line and reports it with the rows
            }
            return new Survey(dates, rows);
        }
    }

    private RegisterNames registerNames() {
        return new RegisterNames(signatories.registeredNames());
    }

    /** Imports with the mapping guessed from the header row. */
    public ImportReport importFile(Path file, boolean allOrNothing, Progress progress) {
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            return importFile(reader, file, ColumnMapping.guess(reader.header()), allOrNothing, progress);
        }
    }

    /**
     * Imports the rows of {@code file} read through {@code mapping}.
     *
     * @throws RefusedException when a required column is not mapped, when a date column mixes day-first
     *         and month-first dates, or when a date column's order must be confirmed
     *         ({@link ColumnMapping#withDateOrder}) and was not
     * @throws CancelledException when cancelled; nothing was imported
     */
    public ImportReport importFile(Path file, ColumnMapping mapping, boolean allOrNothing, Progress progress) {
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            return importFile(reader, file, mapping, allOrNothing, progress);
        }
    }

    private ImportReport importFile(CsvFileReader reader, Path file, ColumnMapping mapping, boolean allOrNothing,
                                    Progress progress) {
        requireHeader(reader, file);
        mapping.missingRequiredMessage(file.getFileName().toString()).ifPresent(message -> {
            throw new RefusedException(message);
        });
        Survey survey = survey(file, reader.layout().encoding(), mapping);
        Collection<DateColumn> dates = survey.dates().values();
        for (DateColumn column : dates) {
            if (column.isMixed()) {
                throw new RefusedException(column.mixedMessage());
            }
            column.conflictWith(mapping.dateOrder(column.field())).ifPresent(conflict -> {
                throw new RefusedException(conflict);
            });
            if (column.needsConfirming() && mapping.dateOrder(column.field()).isEmpty()) {
                throw new RefusedException(column.question() + " Nothing was imported: confirm whether the column's "
                        + "dates are day first or month first (on the command line: --dates day-first or "
                        + "--dates month-first).");
            }
        }
        DateColumn.disagreement(dates).ifPresent(disagreement -> {
            throw new RefusedException(disagreement);
        });
        RowChecker checker = new RowChecker(services.register(), registerNames(), mapping, reader.header(),
                dateOrders(dates, mapping));
        List<String> notes = new ArrayList<>();
        dates.forEach(column -> column.judgement().ifPresent(notes::add));
        progress.checkCancelled();
        try {
            // the rows and the import's one audit entry (with a change per row) go in together, or neither
            // a large import goes in with the indexes set aside, built again after it (H2 only)
            return signatories.enterMany(survey.rows(), () -> services.audit().recordEntered(AuditAction.IMPORTED,
                    sent -> signatories.enterInOneTransaction(services.clock().instant(), batch -> {
                        batch.whenSent(sent);
                        return checkAndEnter(reader, file, checker, new HeaderProblems.Nameless(reader.header(),
                                mapping), batch, survey.rows(), allOrNothing, notes, progress);
                    }),
                    (report, added) -> {
                        if (added != report.imported()) {
                            // every row that went in is named in the audit trail, or none goes in
                            throw new IllegalStateException("The import's audit entry names " + added
                                    + " signatories where " + report.imported() + " went in");
                        }
                        return added == 0 ? null : new AuditDraft(AuditAction.IMPORTED, null, "Imported "
                                + Plural.of(added, "signatory", "signatories") + " from " + file.getFileName(),
                                List.of());
                    }),
                    (built, total) -> progress.update(built, total, "Sorting the register for searching ("
                            + (built + 1) + " of " + total + ")…"));
        } catch (Undone undone) {
            return undone.report;
        }
    }

    /** Thrown inside the import's transaction to undo every row entered, with the report to give instead. */
    private static final class Undone extends RuntimeException {
        private final transient ImportReport report;

        Undone(ImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    /**
     * Checks each row as it is read and enters the accepted ones into {@code batch} (one transaction:
     * a file problem, or with all or nothing a refused row, undoes them all through {@link Undone}).
     */
    private static ImportReport checkAndEnter(CsvFileReader reader, Path file, RowChecker checker,
                                              HeaderProblems.Nameless nameless, SignatoryBatch batch, int rows,
                                              boolean allOrNothing, List<String> notes, Progress progress) {
        List<RefusedRow> refused = new ArrayList<>();
        List<String> unmapped = new ArrayList<>(checker.unmapped(reader.header()));
        int read = 0;
        int accepted = 0;
        try {
            for (Optional<CsvRow> row = reader.next(); row.isPresent(); row = reader.next()) {
                RowCheck check = checker.check(row.get());
                nameless.add(row.get());
                read++;
                if (check.isAccepted()) {
                    accepted++;
                    if (refused.isEmpty() || !allOrNothing) {
                        batch.add(check.form());
                    }
                    check.notes().forEach(note -> notes.add("Line " + check.line() + ": " + note));
                } else {
                    refused.add(new RefusedRow(check.line(), check.refusal().orElseThrow(), check.cells()));
                }
                if (read % REPORT_EVERY == 0) {
                    progress.checkCancelled();
                    progress.update(read, rows, String.format(Locale.UK, "Checked %,d of %,d rows, %,d entered…",
                            read, rows, batch.entered()));
                }
            }
        } catch (CsvFileProblem problem) {
            refused.add(new RefusedRow(problem.line(), problem.getMessage(), List.of()));
            throw new Undone(new ImportReport(file, reader.header(), read, 0, refused, allOrNothing,
                    Optional.of(problem.getMessage()), unmapped, List.of()));
        }
        notes.addAll(0, reader.repairs());
        // a column with no heading whose text was left out (the window lets it be, after saying so)
        nameless.withText().forEach(column -> unmapped.add(column.name()));
        if (allOrNothing && !refused.isEmpty()) {
            throw new Undone(new ImportReport(file, reader.header(), read, 0, refused, true, Optional.empty(),
                    unmapped, notes));
        }
        // from here the rows are saved: a Cancel is refused rather than said to have undone them
        progress.finishing();
        progress.update(read, rows, "Saving…");
        return new ImportReport(file, reader.header(), read, accepted, refused, allOrNothing, Optional.empty(),
                unmapped, notes);
    }

    private static void requireHeader(CsvFileReader reader, Path file) {
        if (reader.header().isEmpty()) {
            throw new RefusedException(file.getFileName() + " is empty: it has no header row and no signatories.");
        }
        HeaderProblems.wholeLinesQuoted(reader.header(), file.getFileName().toString()).ifPresent(message -> {
            throw new RefusedException(message);
        });
    }

    /**
     * Writes the refused rows as CSV: the file's own columns (so it can be fixed and imported again),
     * the column "Different organisation" (kept from the file when it has it) to mark rows to import
     * despite the duplicate check, then the line number and the reason. Written whole or not at all
     * (see {@link SafeFile}).
     *
     * @throws RefusedException when it could not be written, saying why
     */
    public static void writeReport(ImportReport report, Path out) {
        List<String> header = new ArrayList<>(report.header());
        boolean markColumn = !header.contains(DifferentOrganisationMark.COLUMN);
        if (markColumn) {
            header.add(DifferentOrganisationMark.COLUMN);
        }
        header.add("Line in " + report.file().getFileName());
        header.add("Why it was refused");
        SafeFile.write(out, "The report", stream -> {
            try (CSVPrinter printer = SpreadsheetSafeCsv.open(stream, header.toArray(String[]::new))) {
                for (RefusedRow row : report.refused()) {
                    List<Object> cells = new ArrayList<>();
                    for (int i = 0; i < report.header().size(); i++) {
                        cells.add(i < row.cells().size() ? row.cells().get(i) : "");
                    }
                    if (markColumn) {
                        cells.add("");
                    }
                    cells.add(row.line());
                    cells.add(row.reason());
                    SpreadsheetSafeCsv.printRow(printer, cells.toArray());
                }
            }
        });
    }
}
