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
    static final List<String> REFUSED_BEFORE = List.of(
            "3 Date signed: \"31/02/2025\" is not a date. Write it like 24/11/2026 (day first), 24 Nov 2026 or 2026-11-24.",
            "4 Name: Enter the name of the person who signed the form.",
            "5 Tel: \"12345\" is not a UK phone number. Give the full number with its area code, like 0116 496 0123. Email: \"priya@\" is not an email address. It should look like name@example.org.",
            "6 Sector: \"Arts\" is not one of the register's sectors (Public sector partner, Voluntary and community organisation, Social enterprise, Private sector).",
            "7 Looks like \"Kingsmere Carers Support\" on line 2 of this file: the same organisation twice? If it is a different organisation, save the report, write yes in its column \"Different organisation\" and import the report again.",
            "8 Looks like \"Brambleford Food Share\" (CS-000001, signed by Chidi Okafor), already in the register. If it is a different organisation, save the report, write yes in its column \"Different organisation\" and import the report again.",
            "9 Looks like \"Larkhill Community Orchard\" (CS-000003, signed by Tomasz Zieliński), already in the register. If it is a different organisation, save the report, write yes in its column \"Different organisation\" and import the report again.",
            "13 Looks like \"Ashcombe Allotment Society\" (CS-000004, signed by Eilidh MacLeod), already in the register. If it is a different organisation, save the report, write yes in its column \"Different organisation\" and import the report again.",
            "14 Looks like \"Oakwell Women's Shed\" on line 10 of this file: the same organisation twice? If it is a different organisation, save the report, write yes in its column \"Different organisation\" and import the report again.",
            "15 Looks like \"Brambleford Food Share\" on line 11 of this file: the same organisation twice? If it is a different organisation, save the report, write yes in its column \"Different organisation\" and import the report again.",
            "16 Date signed: The date signed, 1 January 2099, is in the future. Check the date on the form.",
            "17 On behalf of organisation: Enter the organisation the form was signed on behalf of.");

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
            assertEquals(REFUSED_BEFORE, refused);
            assertEquals(16, report.rowsRead());
            assertEquals(16 - REFUSED_BEFORE.size(), report.imported());
            assertEquals(5 + report.imported(), services.register().count());
        }
    }
}
