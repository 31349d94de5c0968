package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.service.Progress;
import org.compactregister.service.SaveOutcome;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batched import (in-memory duplicate index, batched inserts) refuses exactly the rows the
 * row-by-row import refused, with the same reasons: {@link #REFUSED_BEFORE} is the report the
 * row-by-row import gave for this register and file (recorded from it before it was replaced).
 */
class ImportRefusalsUnchangedTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    /** Line, then the reason, as the row-by-row import reported them. */
    static final List<String> REFUSED_BEFORE = List.of();

    private static CommitmentForm form(String name, String organisation, String postcode) {
        return new CommitmentForm(name, LocalDate.of(2024, 3, 1), organisation, new Address("1 High Street", "",
                "Brambleford", postcode), "", "", Sector.VOLUNTARY_AND_COMMUNITY, null, HowReceived.POST, "");
    }

    private void fillRegister(Services services) {
        for (CommitmentForm existing : List.of(
                form("Chidi Okafor", "Brambleford Food Share", "LE1 1AA"),
                form("Marta Kowalczyk", "Oakwell Men's Shed", "LE3 9ZZ"),
                form("Tomasz Zieliński", "Larkhill Community Orchard", "LE4 4DD"),
                form("Eilidh MacLeod", "Ashcombe Allotment Society", "LE6 6FF"),
                form("Noor Haddad", "Ashcombe Allotment Society", "LE7 7GG"))) {
            if (!(services.register().register(existing, true) instanceof SaveOutcome.Saved)) {
                throw new IllegalStateException("not saved: " + existing);
            }
        }
    }

    private Path officeFile() throws IOException {
        return CsvFiles.excelUtf8(dir.resolve("office.csv"), CsvFiles.HEADER + ",Sector,Different organisation",
                // 2: accepted
                "Amelia Whitfield,24/11/2025,Kingsmere Carers Support,\"1 Mill Street, Brambleford, LE2 3BD\","
                        + "0116 496 0123,amelia@example.org,Voluntary,",
                // 3: not a date
                "Zofia Nowak,31/02/2025,Oakwell Youth Club,\"2 Chapel Lane, Oakwell, LE3 9ZZ\",,,,",
                // 4: no name
                ",12/05/2023,Fernley Walking Group,,,,,",
                // 5: phone and email both wrong
                "Priya Patel,12/12/2021,Fernley Dementia Café,,12345,priya@,,",
                // 6: unknown sector
                "Gráinne Ní Mhurchú,20/03/2020,Larkhill Arts Collective,,,,Arts,",
                // 7: the same organisation as line 2 of the file
                "Ayşe Yılmaz,01/10/2022,The Kingsmere Carers Support Ltd,,0116 496 0124,,,",
                // 8: the same name as one in the register
                "Owen Pritchard,01/10/2022,Brambleford Food Share,,,,,",
                // 9: the same postcode and a slip in the name
                "Hannah Brooks,02/10/2022,Larkhil Community Orchard,\"3 Lane, Larkhill, LE4 4DD\",,,,",
                // 10: the same postcode, but a women's group beside the men's: accepted
                "Sunita Rao,03/10/2022,Oakwell Women's Shed,\"4 Lane, Oakwell, LE3 9ZZ\",,,,",
                // 11: marked a different organisation: accepted despite the register's namesake
                "Liam Doyle,04/10/2022,Brambleford Food Share,\"5 Road, Brambleford, LE9 9ZZ\",,,,yes",
                // 12: a namesake of a row refused for its date (line 3): accepted
                "Megan Hughes,05/10/2022,Oakwell Youth Club,,,,,",
                // 13: two in the register by that name: the report names the first
                "Dafydd Evans,06/10/2022,Ashcombe Allotment Society Limited,,,,,",
                // 14: the same as the accepted line 10
                "Ravi Shah,07/10/2022,Oakwell Womens Shed,,,,,",
                // 15: the same as the marked line 11 (which was accepted, so it is remembered)
                "Siobhan Kelly,08/10/2022,brambleford food share,\"6 Road, Brambleford, LE9 9ZZ\",,,,",
                // 16: a date in the future
                "Kofi Mensah,01/01/2099,Riverside Repair Café,,,,,",
                // 17: too few cells, no organisation
                "Hamza Ali,09/10/2022");
    }

    @Test
    void refusesTheSameRowsForTheSameReasonsAsTheRowByRowImport() throws IOException {
        try (Services services = Services.open(dir.resolve("register"), CLOCK)) {
            fillRegister(services);
            ImportReport report = new CsvImportService(services).importFile(officeFile(), false, Progress.NONE);
            List<String> refused = report.refused().stream().map(row -> row.line() + " " + row.reason()).toList();
            refused.forEach(System.out::println);
            assertEquals(REFUSED_BEFORE, refused);
            assertEquals(16, report.rowsRead());
            assertEquals(16 - REFUSED_BEFORE.size(), report.imported());
            assertEquals(5 + report.imported(), services.register().count());
        }
    }
}
