package org.compactregister.ui.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.compactregister.io.CsvImportService;
import org.compactregister.io.DateColumn;
import org.compactregister.io.DateOrder;
import org.compactregister.io.FieldCases;
import org.compactregister.model.FormField;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.compactregister.ui.io.ImportViewModel.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Services services;
    private RecordingDialogService dialogs;
    private ImportViewModel viewModel;
    private int refreshed;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), CLOCK);
        dialogs = new RecordingDialogService();
        viewModel = new ImportViewModel(new CsvImportService(services), new SameThreadTaskExecutor(), dialogs,
                () -> refreshed++);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Path csv(String... lines) throws IOException {
        return Files.writeString(dir.resolve("people.csv"), String.join("\r\n", lines) + "\r\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void columnsThatMeanOneFieldAndANamelessColumnWithTextAreNotedUntilAFieldIsChosenForThem() throws IOException {
        dialogs.answerFile(csv("Name,Date,Organisation,Tel,Tel,", "Karen Whitfield,13/02/2025,Wigston Larder,"
                + "0116 496 0101,07700 900101,Needs large print"));
        viewModel.chooseFile();
        assertEquals(List.of("Two columns both mean Tel: \"Tel\" (column 4) and \"Tel\" (column 5). Only one is read "
                + "for Tel: choose a field above for the other, or if one holds a second number, rename it \"Second "
                + "tel\" in the first row.", "Column 6, which has no heading, holds text (\"Needs large print\" on "
                + "line 2), which the register would leave out. Choose a field for it above (such as Notes), or give "
                + "it a heading in the first row, or delete the column if its text is not needed."),
                viewModel.previewNotes());

        viewModel.setColumn(FormField.SECOND_TELEPHONE, 4);
        viewModel.setColumn(FormField.NOTES, 5);
        assertEquals(List.of(), viewModel.previewNotes());
    }

    @Test
    void choosingAFileGuessesTheColumnsAndJudgesTheFirstRows() throws IOException {
        dialogs.answerFile(csv("Signed by,When,Organisation,Tel", "Amelia Whitfield,24/11/2025,Food Share,",
                "Zofia Nowak,24/11/2025,Youth Club,12345"));
        viewModel.chooseFile();

        assertEquals(Step.PREVIEW, viewModel.stepProperty().get());
        assertEquals("UTF-8, separated by commas", viewModel.layoutProperty().get());
        assertEquals(Optional.of(0), viewModel.mappingProperty().get().column(FormField.SIGNATORY_NAME));
        assertTrue(viewModel.mappingProperty().get().column(FormField.DATE_SIGNED).isEmpty(), "\"When\" is not known");
        assertTrue(viewModel.mappingProblemProperty().get().contains("no \"Date signed\" column"));
        assertFalse(viewModel.canImportProperty().get());

        viewModel.setColumn(FormField.DATE_SIGNED, 1);
        assertEquals("", viewModel.mappingProblemProperty().get());
        assertTrue(viewModel.canImportProperty().get());
        assertEquals(2, viewModel.previewRows().size());
        assertTrue(viewModel.previewRows().get(0).isAccepted());
        assertTrue(viewModel.previewRows().get(1).refusal().orElseThrow().startsWith("Tel: \"12345\""));
        assertEquals("The first 2 rows as the register reads them: 1 fine, 1 would be refused.",
                viewModel.previewSummaryProperty().get());
        assertEquals(0, services.register().count(), "nothing is imported before Import is pressed");
    }

    @Test
    void importingShowsTheReportAndSavesItAsCsv() throws IOException {
        viewModel.open(csv("Name,Date,Organisation", "Amelia Whitfield,24/11/2025,Food Share",
                ",24/11/2025,Youth Club"));
        viewModel.runImport();

        assertEquals(Step.REPORT, viewModel.stepProperty().get());
        assertEquals(1, services.register().count());
        assertEquals(1, refreshed, "the register's table is refreshed after an import");
        assertEquals("1 row of 2 in people.csv was refused; the other 1 row was imported.",
                viewModel.reportSummaryProperty().get());
        assertEquals(3, viewModel.refusedRows().get(0).line());

        Path report = dir.resolve("saved-report.csv");
        dialogs.answerFile(report);
        viewModel.saveReport();
        assertTrue(Files.readString(report).contains("Name: Enter the name of the person who signed the form."));
        assertEquals("information", dialogs.last().kind());
    }

    @Test
    void allOrNothingLeavesTheRegisterEmpty() throws IOException {
        viewModel.open(csv("Name,Date,Organisation", "Amelia Whitfield,24/11/2025,Food Share",
                ",24/11/2025,Youth Club"));
        viewModel.allOrNothingProperty().set(true);
        viewModel.runImport();
        assertEquals(0, services.register().count());
        assertEquals(0, refreshed);
        assertTrue(viewModel.reportSummaryProperty().get().contains("so nothing was imported"));
    }

    @Test
    void theRegistersOwnExportIsToldAsSuchItsStatusesAreNotImported() throws IOException {
        Path export = Files.writeString(dir.resolve("register-export.csv"), String.join(",",
                org.compactregister.io.RegisterCsvExport.HEADER) + "\r\nCS-000001,Ann Lee,24/11/2025,Oakwell Club,,,,,,,,,,,"
                + ",,Acknowledged,30/11/2025,,\r\n", java.nio.charset.StandardCharsets.UTF_8);
        viewModel.open(export);

        assertEquals(List.of("Reference", "Status", "Acknowledged on", "Withdrawn on", "Withdrawal reason"),
                viewModel.unmappedColumns());
        assertEquals(org.compactregister.io.RegisterWrittenFile.STATUSES_NOT_IMPORTED + " To move a whole register, use "
                + "Tools > Back up now… and Restore from backup…, or Tools > Move the register to…",
                viewModel.unmappedNoteProperty().get());
        assertTrue(viewModel.unmappedNoteProperty().get().contains("those withdrawn would be listed as signatories"));
        assertFalse(viewModel.canImportProperty().get(), "not without the tick");
        assertEquals("To import its forms even so, tick \"" + ImportViewModel.STATUSES_LEFT_BEHIND + "\".",
                viewModel.mappingProblemProperty().get());
        viewModel.runImport();
        assertEquals(0, services.register().count());

        viewModel.statusesLeftBehindProperty().set(true);
        assertTrue(viewModel.canImportProperty().get());
        viewModel.runImport();
        assertEquals(1, services.register().count());

        viewModel.open(FieldCases.copy("F06-header-variants-split-name.csv", dir));
        assertFalse(viewModel.statusesLeftBehindProperty().get(), "the tick is for that file only");
        assertFalse(viewModel.holdsStatuses());
    }

    @Test
    void aFileTheRegisterWroteWithOtherColumnsNamesThemToo() {
        String note = ImportViewModel.unmappedNote(List.of("Reference", "Status", "Acknowledged on", "County"));
        assertTrue(note.startsWith(org.compactregister.io.RegisterWrittenFile.STATUSES_NOT_IMPORTED), note);
        assertTrue(note.endsWith("Not imported, since no field is read from it: \"County\". Choose a column for a "
                + "field above if one of them holds it."), note);
    }

    @Test
    void aFileThatCannotBeReadIsExplainedNotCrashedOn() throws IOException {
        Path junk = Files.write(dir.resolve("photo.csv"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2});
        viewModel.open(junk);
        assertEquals(Step.CHOOSE_FILE, viewModel.stepProperty().get());
        assertEquals("error", dialogs.last().kind());
        assertTrue(dialogs.last().message().contains("not a CSV file"), dialogs.last().message());
    }

    @Test
    void unmappedColumnsAreListedAndADoubtfulDateColumnMustBeConfirmedBeforeImporting() throws IOException {
        viewModel.open(FieldCases.copy("F06-header-variants-split-name.csv", dir));

        assertEquals(List.of("County"), viewModel.unmappedColumns());
        assertEquals("Not imported, since no field is read from it: \"County\". Choose a column for a field above "
                + "if one of them holds it.", viewModel.unmappedNoteProperty().get());
        List<String> thirty = java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(i -> "Extra " + i).toList();
        assertTrue(ImportViewModel.unmappedNote(thirty).contains("\"Extra 8\" and 22 more."),
                ImportViewModel.unmappedNote(thirty));
        assertEquals("Name is joined from the columns Contact First Name + Contact Surname.",
                viewModel.nameJoinedFromProperty().get());
        assertEquals(List.of(FormField.DATE_SIGNED), viewModel.dateQuestions().stream().map(DateColumn::field).toList());
        assertTrue(viewModel.dateQuestions().get(0).question().contains("03/02/2025 on line 2 is 3 February 2025 if "
                + "the day comes first, or 2 March 2025 if the month comes first"));
        assertFalse(viewModel.canImportProperty().get(), "nothing can be stored before the dates are confirmed");
        assertTrue(viewModel.mappingProblemProperty().get().startsWith("Confirm how the dates of the \"Date Signed\""));
        assertTrue(viewModel.previewRows().get(0).refusal().orElseThrow().contains("could be 3 February 2025 or 2 March 2025"));

        viewModel.confirmDates(FormField.DATE_SIGNED, DateOrder.MONTH_FIRST);
        assertTrue(viewModel.canImportProperty().get());
        assertEquals(LocalDate.of(2025, 3, 2), viewModel.previewRows().get(0).form().dateSigned());
        viewModel.confirmDates(FormField.DATE_SIGNED, DateOrder.DAY_FIRST);
        assertEquals(LocalDate.of(2025, 2, 3), viewModel.previewRows().get(0).form().dateSigned());

        viewModel.runImport();
        assertEquals(2, services.register().count());
        assertTrue(viewModel.reportSummaryProperty().get().endsWith("Not imported: the column \"County\"."),
                viewModel.reportSummaryProperty().get());
    }

    @Test
    void theReportSaysWhatWasRepairedOrLeftOut() throws IOException {
        viewModel.open(FieldCases.copy("F01-excel-phone-leading-zero.csv", dir));
        viewModel.confirmDates(FormField.DATE_SIGNED, DateOrder.DAY_FIRST);
        viewModel.confirmDates(FormField.DATE_RECEIVED, DateOrder.DAY_FIRST);
        viewModel.runImport();
        assertEquals(5, services.register().count());
        assertEquals(4, viewModel.reportNotes().size());
        assertTrue(viewModel.reportNotes().get(3).startsWith("Line 5: Tel: \"4.41165E+11\""));
    }
}
