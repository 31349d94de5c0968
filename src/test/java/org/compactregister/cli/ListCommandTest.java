package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.compactregister.model.Sector;
import org.compactregister.persistence.SignatoryRepository;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ListCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Path database;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void fill() {
        database = dir.resolve("register");
        try (Services services = Services.open(database, CLOCK)) {
            new SignatoryRepository(services.database().jdbi())
                    .addAll(new SampleSignatories(3L, LocalDate.now(CLOCK)).forms(60), CLOCK.instant());
        }
    }

    private int run(String... args) {
        CommandLine commandLine = CommandLines.create((db, demo) -> {
            throw new AssertionError("no window for a command");
        });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void writesThePublicListOfOneSectorByItsShortName() throws Exception {
        Path file = dir.resolve("social.csv");
        int code = run("list", "--public", "--format", "csv", "--out", file.toString(), "--sector", "social-enterprise",
                "--db", database.toString());
        assertEquals(0, code, err.toString());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        long rows = csv.lines().count() - 1;
        assertTrue(rows > 0);
        assertEquals(rows, csv.lines().filter(line -> line.contains("," + Sector.SOCIAL_ENTERPRISE.label() + ",")).count());
        assertTrue(out.toString().contains("Wrote the public list of " + rows + " signatories"), out.toString());
    }

    @Test
    void writesTheInternalListAsPdfTakingTheFormatFromTheFileName() throws Exception {
        Path file = dir.resolve("contacts.pdf");
        assertEquals(0, run("list", "--internal", "--out", file.toString(), "--db", database.toString()), err.toString());
        assertEquals("%PDF", new String(Files.readAllBytes(file), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void anUnknownSectorIsRefusedWithTheNamesThatWork() {
        int code = run("list", "--public", "--out", dir.resolve("x.csv").toString(), "--sector", "charities",
                "--db", database.toString());
        assertEquals(CommandLine.ExitCode.USAGE, code);
        String message = err.toString();
        assertTrue(message.contains("There is no sector called \"charities\""), message);
        for (String name : new String[] {"public", "voluntary", "social-enterprise", "private"}) {
            assertTrue(message.contains(name), message);
        }
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void aDateThatIsNotADateIsRefusedInOneLine() {
        int code = run("list", "--public", "--out", dir.resolve("x.pdf").toString(), "--from", "31/02/2024",
                "--db", database.toString());
        assertEquals(CommandLines.REFUSED, code);
        assertEquals("list: --from \"31/02/2024\" is not a date. Write it as 24/11/2026 or 2026-11-24.",
                err.toString().strip());
    }

    @Test
    void sectorNamesAreReadAsPeopleTypeThem() {
        SectorName names = new SectorName();
        assertEquals(Sector.VOLUNTARY_AND_COMMUNITY, names.convert("Voluntary"));
        assertEquals(Sector.VOLUNTARY_AND_COMMUNITY, names.convert("voluntary and community organisation"));
        assertEquals(Sector.PUBLIC_SECTOR_PARTNER, names.convert("public"));
        assertEquals(Sector.SOCIAL_ENTERPRISE, names.convert("SOCIAL_ENTERPRISE"));
        assertEquals(Sector.PRIVATE_SECTOR, names.convert("Private sector"));
    }
}
