package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A row refused as a likely duplicate is marked "a different organisation" in the report and imported. */
class DifferentOrganisationImportTest {

    @TempDir
    Path dir;

    private Services services;
    private CsvImportService imports;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), CsvImportServiceTest.CLOCK);
        imports = new CsvImportService(services);
        services.register().register(new CommitmentForm("Grace Adeyemi", LocalDate.of(2024, 5, 1), "Oak Tree Trust",
                new Address("1 Melton Road", "", "Leicester", "LE4 6PN"), "", "", null, null, HowReceived.POST, ""),
                true);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aRefusedDuplicateMarkedInTheReportIsImportedWhenTheReportIsImportedAgain() throws IOException {
        Path file = CsvFiles.excelUtf8(dir.resolve("centre.csv"), CsvFiles.HEADER,
                "Hamid Rahman,20/03/2025,Oak Tree Trust Leicester,\"1 Melton Road, Leicester, LE4 6PN\",,",
                "Dorota Kowalczyk,21/03/2025,Oak Tree Trust Leicestr,\"1 Melton Road, Leicester, LE4 6PN\",,",
                "Ruth Ellis,22/03/2025,Melton Road Bowls Club,\"3 Melton Road, Leicester, LE4 6PN\",,");
        ImportReport report = imports.importFile(file, false, Progress.NONE);
        assertEquals(1, report.imported());
        assertEquals(2, report.refused().size());
        String reason = report.refused().get(0).reason();
        assertTrue(reason.contains("already in the register") && reason.contains("write yes in its column "
                + "\"Different organisation\""), reason);
        assertTrue(report.refused().get(1).reason().contains("already in the register"),
                "a refused row is not a duplicate for later rows: " + report.refused().get(1).reason());

        Path reportFile = dir.resolve("centre-refused.csv");
        CsvImportService.writeReport(report, reportFile);
        ImportReport unmarked = imports.importFile(reportFile, false, Progress.NONE);
        assertEquals(0, unmarked.imported(), "unmarked, both are refused again");

        String text = Files.readString(reportFile, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFName,Date,On behalf of Organisation,Address,Tel,Email,"
                + "Different organisation,Line in centre.csv,Why it was refused\r\n"), text);
        Files.writeString(reportFile, text.replace(",,,,2,", ",,,yes,2,"), StandardCharsets.UTF_8);

        ImportReport marked = imports.importFile(reportFile, false, Progress.NONE);
        assertEquals(1, marked.imported(), () -> marked.refused().toString());
        assertEquals(List.of(3L), marked.refused().stream().map(RefusedRow::line).toList(),
                "the row left unmarked is still refused");
        List<String> names = services.register().search(RegisterQuery.everything()).signatories().stream()
                .map(Signatory::organisation).sorted().toList();
        assertEquals(List.of("Melton Road Bowls Club", "Oak Tree Trust", "Oak Tree Trust Leicester"), names);
    }
}
