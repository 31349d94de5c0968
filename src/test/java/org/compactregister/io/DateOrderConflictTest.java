package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.compactregister.model.FormField;
import org.compactregister.model.RegisterQuery;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One date that can only be read month first in a file said to be day first (or the other way), or
 * two date columns that show different orders, stop the import: before, one US-style date turned a
 * whole day-first column round, silently.
 */
class DateOrderConflictTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Services services;
    private CsvImportService imports;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), CLOCK);
        imports = new CsvImportService(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Path februaryWithOneUsDate() throws IOException {
        return CsvFiles.excelUtf8(dir.resolve("february.csv"), CsvFiles.HEADER,
                "Amelia Whitfield,01/02/2025,Brambleford Food Share,1 Mill Street,,",
                "Zofia Nowak,03/02/2025,Oakwell Youth Club,2 Chapel Lane,,",
                "Rajesh Mistry,02/14/2025,Kingsmere Carers,4 Riverside,,",
                "Priya Patel,05/02/2025,Fernley Dementia Cafe,5 Station Road,,");
    }

    @Test
    void aDateThatCanOnlyBeReadTheOtherWayStopsAnImportSaidToBeDayFirst() throws IOException {
        Path file = februaryWithOneUsDate();
        ColumnMapping dayFirst = imports.preview(file).mapping().withDateOrder(FormField.DATE_SIGNED, DateOrder.DAY_FIRST);
        RefusedException refused = assertThrows(RefusedException.class,
                () -> imports.importFile(file, dayFirst, false, Progress.NONE));
        assertEquals("The \"Date\" column was to be read day first, but 02/14/2025 on line 4 can only be month first, "
                + "so the column's other dates could be read wrongly. Correct that date in the spreadsheet (or write "
                + "the dates like 3 Feb 2025) and import the file again. Nothing was imported.", refused.getMessage());
        assertEquals(0, services.register().count());
    }

    @Test
    void withNoOrderGivenTheColumnIsStillReadAsItsOneTellingDateSaysWithANote() throws IOException {
        ImportReport report = imports.importFile(februaryWithOneUsDate(), false, Progress.NONE);
        assertEquals(4, report.imported());
        assertTrue(report.notes().stream().anyMatch(note -> note.contains("read month first")), report.notes().toString());
        assertEquals(LocalDate.of(2025, 1, 2), services.register().search(RegisterQuery.everything()
                .withSearchText("Whitfield")).signatories().get(0).form().dateSigned());
    }

    @Test
    void twoDateColumnsShowingDifferentOrdersStopTheImport() throws IOException {
        Path file = CsvFiles.excelUtf8(dir.resolve("two.csv"), CsvFiles.HEADER + ",Date received",
                "Amelia Whitfield,01/02/2025,Brambleford Food Share,1 Mill Street,,,20/02/2025",
                "Rajesh Mistry,02/14/2025,Kingsmere Carers,4 Riverside,,,03/03/2025");
        RefusedException refused = assertThrows(RefusedException.class,
                () -> imports.importFile(file, false, Progress.NONE));
        assertTrue(refused.getMessage().startsWith("The \"Date\" column has 02/14/2025 on line 3, which can only be "
                + "month first, and the \"Date received\" column has 20/02/2025 on line 2, which can only be day "
                + "first."), refused.getMessage());
        assertEquals(0, services.register().count());
    }
}
