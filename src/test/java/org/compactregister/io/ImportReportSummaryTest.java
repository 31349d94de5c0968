package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the import's report says first, in the office's words, for each way an import can end. */
class ImportReportSummaryTest {

    private static ImportReport report(int read, int imported, int refused, boolean allOrNothing) {
        List<RefusedRow> rows = IntStream.range(0, refused)
                .mapToObj(i -> new RefusedRow(i + 2, "Looks like a signatory already in the register.", List.of()))
                .toList();
        return new ImportReport(Path.of("office.csv"), List.of("Name"), read, imported, rows, allOrNothing,
                Optional.empty(), List.of(), List.of());
    }

    @Test
    void eachEndingIsSaidPlainly() {
        assertEquals("All 1,200 rows of office.csv went into the register.", report(1200, 1200, 0, false).summary());
        assertEquals("3 rows of 1,200 in office.csv were refused; the other 1,197 rows were imported.",
                report(1200, 1197, 3, false).summary());
        assertEquals("20 rows of 20 in office.csv were refused; none went into the register.",
                report(20, 0, 20, false).summary());
        assertEquals("1 row of 20 in office.csv was refused, so nothing was imported (all or nothing). Fix the "
                + "refused rows and import the file again.", report(20, 0, 1, true).summary());
    }
}
