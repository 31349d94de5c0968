package org.compactregister.ui.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.compactregister.io.ColumnMapping;
import org.compactregister.io.CsvImportService;
import org.compactregister.io.CsvPreview;
import org.compactregister.io.DateColumn;
import org.compactregister.io.DateOrder;
import org.compactregister.io.ImportReport;
import org.compactregister.io.RefusedRow;
import org.compactregister.io.RegisterWrittenFile;
import org.compactregister.io.RowCheck;
import org.compactregister.model.FormField;
import org.compactregister.model.Plural;
import org.compactregister.ui.BackgroundTask;
import org.compactregister.ui.DialogService;
import org.compactregister.ui.TaskExecutor;

/**
 * The import screen's state: the chosen file, the column mapping (guessed, then as the user sets
 * it), the first rows as the register would read them, the all-or-nothing choice, the import under
 * way, and its report.
 */
public final class ImportViewModel {

    /** Where the screen is: nothing chosen, a file previewed, importing, or done with a report. */
    public enum Step { CHOOSE_FILE, PREVIEW, IMPORTING, REPORT }

    private final CsvImportService imports;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Runnable onImported;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE_FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper layout = new ReadOnlyStringWrapper("");
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ColumnMapping> mapping = new ReadOnlyObjectWrapper<>(ColumnMapping.none());
    private final ObservableList<RowCheck> previewRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper mappingProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper("");
    private final BooleanProperty allOrNothing = new SimpleBooleanProperty(false);
    /** Ticked to import a file the register wrote even so, its statuses left behind ({@link RegisterWrittenFile#holdsStatuses}). */
    private final BooleanProperty statusesLeftBehind = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RefusedRow> refusedRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reportSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> unmappedColumns = FXCollections.observableArrayList();
    private final javafx.beans.binding.StringBinding unmappedNote =
            javafx.beans.binding.Bindings.createStringBinding(() -> unmappedNote(unmappedColumns), unmappedColumns);
    private final ReadOnlyStringWrapper nameJoinedFrom = new ReadOnlyStringWrapper("");
    private final ObservableList<DateColumn> dateQuestions = FXCollections.observableArrayList();
    private final ObservableList<String> previewNotes = FXCollections.observableArrayList();
    private final ObservableList<String> reportNotes = FXCollections.observableArrayList();
    private List<DateColumn> mixedDateColumns = List.of();

    private BackgroundTask<ImportReport> running;
    private long latestPreview;

    public ImportViewModel(CsvImportService imports, TaskExecutor executor, DialogService dialogs,
                           Runnable onImported) {
        this.imports = imports;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onImported = onImported;
        statusesLeftBehind.addListener((obs, was, ticked) -> updateCanImport());
    }

    /** Asks for the CSV file, then previews it. */
    public void chooseFile() {
        dialogs.chooseFileToOpen("Import signatories from CSV", "CSV files", "*.csv", "*.CSV", "*.txt")
                .ifPresent(this::open);
    }

    /** Reads the start of {@code csv}, guesses the columns and checks the first rows. */
    public void open(Path csv) {
        preview("Reading " + csv.getFileName(), progress -> imports.preview(csv));
    }

    private void preview(String title, BackgroundTask.Work<CsvPreview> work) {
        long request = ++latestPreview;
        executor.execute(BackgroundTask.of(title, work)
                .onSuccess(preview -> {
                    if (request == latestPreview) {
                        show(preview);
                    }
                })
                .onFailureShowError(dialogs, "The file could not be read"));
    }

    /** Reads {@code field} from {@code column} (null for none) and checks the first rows again. */
    public void setColumn(FormField field, Integer column) {
        change(mapping.get().with(field, column, header));
    }

    /**
     * Confirms how the all-number dates of {@code field}'s column are read (null takes it back), for a
     * column whose dates could be day first or month first; then checks the first rows again.
     */
    public void confirmDates(FormField field, DateOrder order) {
        change(mapping.get().withDateOrder(field, order));
    }

    private void change(ColumnMapping changed) {
        Path csv = file.get();
        if (csv == null || step.get() == Step.IMPORTING || changed.equals(mapping.get())) {
            return;
        }
        mapping.set(changed);
        updateCanImport();
        preview("Checking the rows", progress -> imports.preview(csv, changed));
    }

    private void show(CsvPreview preview) {
        if (!preview.file().equals(file.get()) || !RegisterWrittenFile.holdsStatuses(preview.unmappedColumns())) {
            statusesLeftBehind.set(false);
        }
        file.set(preview.file());
        layout.set(preview.layout().describe());
        if (!header.equals(preview.header())) {
            header.setAll(preview.header());
        }
        mapping.set(preview.mapping());
        unmappedColumns.setAll(preview.unmappedColumns());
        nameJoinedFrom.set(preview.mapping().nameParts().isEmpty() ? "" : "Name is joined from the columns "
                + String.join(" + ", preview.mapping().nameParts().stream().map(preview.header()::get).toList()) + ".");
        List<DateColumn> questions = preview.dateColumns().stream().filter(DateColumn::needsConfirming).toList();
        if (!dateQuestions.equals(questions)) {
            dateQuestions.setAll(questions);
        }
        mixedDateColumns = preview.mixedDateColumns();
        List<String> notes = new ArrayList<>(preview.columnNotes());
        notes.addAll(preview.repairs());
        preview.dateColumns().forEach(column -> column.judgement().ifPresent(notes::add));
        previewNotes.setAll(notes);
        previewRows.setAll(preview.rows());
        long refused = preview.rows().stream().filter(r -> !r.isAccepted()).count();
        previewSummary.set(preview.rows().isEmpty() ? "The file has a header row but no signatories."
                : "The first " + Plural.count(preview.rows().size(), "row", "rows")
                + " as the register reads them: " + (preview.rows().size() - refused) + " fine, " + refused
                + " would be refused.");
        report.set(null);
        refusedRows.clear();
        step.set(Step.PREVIEW);
        updateCanImport();
    }

    private void updateCanImport() {
        Path csv = file.get();
        String problem = csv == null ? "" : mapping.get().missingRequiredMessage(csv.getFileName().toString())
                .or(() -> mixedDateColumns.stream().findFirst().map(DateColumn::mixedMessage))
                .or(() -> dateQuestions.stream().filter(q -> mapping.get().dateOrder(q.field()).isEmpty()).findFirst()
                        .map(q -> "Confirm how the dates of the " + q.column() + " column are written before "
                                + "importing."))
                .or(() -> holdsStatuses() && !statusesLeftBehind.get()
                        ? Optional.of("To import its forms even so, tick \"" + STATUSES_LEFT_BEHIND + "\".")
                        : Optional.empty())
                .orElse("");
        mappingProblem.set(problem);
        canImport.set(csv != null && problem.isEmpty() && step.get() == Step.PREVIEW);
    }

    /** Runs the import in the background with a progress bar; Cancel leaves the register as it was. */
    public void runImport() {
        if (!canImport.get()) {
            return;
        }
        Path csv = file.get();
        ColumnMapping chosen = mapping.get();
        boolean all = allOrNothing.get();
        step.set(Step.IMPORTING);
        canImport.set(false);
        BackgroundTask<ImportReport> task = BackgroundTask.of("Importing " + csv.getFileName(),
                        p -> imports.importFile(csv, chosen, all, p))
                .onFinished(() -> {
                    running = null;
                    cancellable.unbind();
                    cancellable.set(true);
                })
                .onSuccess(result -> {
                    showReport(result);
                    if (result.imported() > 0) {
                        onImported.run();
                    }
                })
                .onCancelled(() -> {
                    backToPreview();
                    dialogs.showInformation("Import cancelled", "The import was cancelled. Nothing from "
                            + csv.getFileName() + " went into the register.");
                })
                .onFailure(problem -> {
                    backToPreview();
                    dialogs.showProblem("Nothing was imported", problem);
                });
        progress.bind(task.progressProperty());
        progressMessage.bind(task.messageProperty());
        cancellable.bind(task.cancellableProperty());
        running = task;
        executor.execute(task);
    }

    private void backToPreview() {
        step.set(Step.PREVIEW);
        updateCanImport();
    }

    private void showReport(ImportReport result) {
        report.set(result);
        refusedRows.setAll(result.refused());
        reportSummary.set(result.summary());
        reportNotes.setAll(result.notes());
        step.set(Step.REPORT);
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** False once a running import is saving (the rows are going in whole): Cancel is greyed then. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** Saves the refused rows, with their line and reason, as a CSV the user can fix and import again. */
    public void saveReport() {
        ImportReport result = report.get();
        if (result == null || !result.hasRefusals()) {
            return;
        }
        String name = result.file().getFileName().toString().replaceFirst("(?i)\\.csv$", "") + "-refused.csv";
        dialogs.chooseFileToSave("Save the refused rows", name, "CSV files", "*.csv").ifPresent(out ->
                executor.execute(BackgroundTask.<Void>of("Saving the report", p -> {
                            CsvImportService.writeReport(result, out);
                            return null;
                        })
                        .onSuccess(done -> dialogs.showInformation("Report saved", "The refused rows are in " + out
                                + ". Correct them there and import that file again."))
                        .onFailureShowError(dialogs, "The report was not saved")));
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ObservableList<String> header() {
        return header;
    }

    public ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    public ObservableList<RowCheck> previewRows() {
        return previewRows;
    }

    public ReadOnlyStringProperty mappingProblemProperty() {
        return mappingProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewSummaryProperty() {
        return previewSummary.getReadOnlyProperty();
    }

    public BooleanProperty allOrNothingProperty() {
        return allOrNothing;
    }

    /** The words of the tick that imports a file the register wrote even so. */
    public static final String STATUSES_LEFT_BEHIND = "Enter its forms as new signatories, received and not yet acknowledged";

    /** Whether the file is one the register wrote, with statuses the import would not keep: a tick is needed to go on. */
    public boolean holdsStatuses() {
        return RegisterWrittenFile.holdsStatuses(unmappedColumns);
    }

    /** Ticked to import such a file even so ({@link #STATUSES_LEFT_BEHIND}); unticked for each file opened. */
    public BooleanProperty statusesLeftBehindProperty() {
        return statusesLeftBehind;
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    public ObservableList<RefusedRow> refusedRows() {
        return refusedRows;
    }

    public ReadOnlyStringProperty reportSummaryProperty() {
        return reportSummary.getReadOnlyProperty();
    }

    /** The file's columns that no field is read from: they will not be imported. */
    public ObservableList<String> unmappedColumns() {
        return unmappedColumns;
    }

    /**
     * What the preview says of {@link #unmappedColumns}: empty when there are none; else their names,
     * the first eight, then how many more, and what to do about them.
     */
    public javafx.beans.binding.StringExpression unmappedNoteProperty() {
        return unmappedNote;
    }

    static String unmappedNote(List<String> columns) {
        if (columns.isEmpty()) {
            return "";
        }
        if (RegisterWrittenFile.holdsStatuses(columns)) {
            List<String> others = columns.stream().filter(column -> RegisterWrittenFile.SET_BY_THE_REGISTER.stream()
                    .noneMatch(column::equalsIgnoreCase)).toList();
            return RegisterWrittenFile.STATUSES_NOT_IMPORTED + " To move a whole register, use Tools > Back up now… "
                    + "and Restore from backup…, or Tools > Move the register to…"
                    + (others.isEmpty() ? "" : " " + unmappedNote(others));
        }
        int shown = Math.min(8, columns.size());
        String names = String.join(", ", columns.subList(0, shown).stream().map(c -> "\"" + c + "\"").toList());
        return "Not imported, since no field is read from " + (columns.size() == 1 ? "it" : "them") + ": "
                + (shown == columns.size() ? names : names + " and " + (columns.size() - shown) + " more")
                + ". Choose a column for a field above if one of them holds it.";
    }

    /** "Name is joined from the columns Contact First Name + Contact Surname.", or empty. */
    public ReadOnlyStringProperty nameJoinedFromProperty() {
        return nameJoinedFrom.getReadOnlyProperty();
    }

    /** The date columns whose dates could be day first or month first: each must be confirmed ({@link #confirmDates}). */
    public ObservableList<DateColumn> dateQuestions() {
        return dateQuestions;
    }

    /** What the reading repaired or decided before the import (a line read from another encoding, a column read month first). */
    public ObservableList<String> previewNotes() {
        return previewNotes;
    }

    /** What the import repaired or left out of the rows that went in, line by line. */
    public ObservableList<String> reportNotes() {
        return reportNotes;
    }
}
