package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compactregister.io.RegisterBackup;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.RegisterLocation;
import org.compactregister.model.Sector;
import org.compactregister.model.Status;
import org.compactregister.persistence.RegisterDatabase;
import org.compactregister.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code --db PATH} before the command's name and after it names the same register, for every
 * command: the app's own register (here pointed at another file through {@code compact.register.db})
 * is left as it was.
 */
class DatabaseOptionTest {

    private static final String DEFAULT_PROPERTY = "compact.register.db";
    private static final String NAMED_ORGANISATION = "Named Register Food Share";
    private static final String DEFAULT_ORGANISATION = "Default Register Youth Club";

    @TempDir
    static Path templates;

    @TempDir
    Path dir;

    private Path named;
    private Path otherDefault;
    private String propertyBefore;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<RegisterLocation> windowsOpened = new ArrayList<>();

    /** Two registers built once: the named one with two signatories, the default one with one. */
    @BeforeAll
    static void buildRegisters() {
        add(templates.resolve("named"), NAMED_ORGANISATION, "Second Named Register Group");
        add(templates.resolve("default"), DEFAULT_ORGANISATION);
    }

    @BeforeEach
    void copyRegistersAndPointTheDefaultAway() throws IOException {
        named = copy("named", dir.resolve("named"));
        otherDefault = copy("default", dir.resolve("default-place").resolve("register"));
        propertyBefore = System.setProperty(DEFAULT_PROPERTY, otherDefault.toString());
    }

    @AfterEach
    void restoreTheDefault() {
        if (propertyBefore == null) {
            System.clearProperty(DEFAULT_PROPERTY);
        } else {
            System.setProperty(DEFAULT_PROPERTY, propertyBefore);
        }
    }

    private static void add(Path register, String... organisations) {
        try (Services services = Services.open(register, Clock.systemDefaultZone())) {
            LocalDate signed = LocalDate.now().minusDays(10);
            for (String organisation : organisations) {
                services.register().register(new CommitmentForm("Amelia Whitfield", signed, organisation,
                        new Address("1 Mill Street", "", "Oakwell", "LE2 1AA"), "", "", Sector.VOLUNTARY_AND_COMMUNITY,
                        signed.plusDays(2), HowReceived.POST, ""), true);
            }
        }
    }

    private static Path copy(String template, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(templates.resolve(template + RegisterDatabase.FILE_SUFFIX),
                to.resolveSibling(to.getFileName() + RegisterDatabase.FILE_SUFFIX));
        return to;
    }

    /** Runs {@code command} with {@code --db} on the named register, before or after the command's name. */
    private int run(boolean dbBeforeName, String command, String... rest) {
        List<String> args = new ArrayList<>();
        if (dbBeforeName) {
            args.addAll(List.of("--db", named.toString(), command));
            args.addAll(List.of(rest));
        } else {
            args.add(command);
            args.addAll(List.of(rest));
            args.addAll(List.of("--db", named.toString()));
        }
        CommandLine commandLine = CommandLines.create((database, demo) -> {
            windowsOpened.add(database);
            return 0;
        });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args.toArray(String[]::new));
    }

    private static int count(Path register) {
        try (Services services = Services.open(register, Clock.systemDefaultZone())) {
            return services.register().count();
        }
    }

    private static Status statusOfFirst(Path register) {
        try (Services services = Services.open(register, Clock.systemDefaultZone())) {
            return services.register().find(1).orElseThrow().status();
        }
    }

    private void assertTheDefaultIsUntouched() {
        assertEquals(1, count(otherDefault), "the default register gained or lost signatories");
        assertEquals(Status.RECEIVED, statusOfFirst(otherDefault), "the default register was changed");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void importEntersIntoTheNamedRegister(boolean dbBeforeName) throws IOException {
        Path csv = Files.writeString(dir.resolve("office.csv"),
                "Name,Date,On behalf of Organisation\r\nRajesh Mistry,01/02/2024,Carers' Support Group\r\n",
                StandardCharsets.UTF_8);
        assertEquals(0, run(dbBeforeName, "import", csv.toString(), "--dates", "day-first"), err::toString);
        assertEquals(3, count(named));
        assertTheDefaultIsUntouched();
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void exportWritesTheNamedRegister(boolean dbBeforeName) throws IOException {
        Path csv = dir.resolve("register.csv");
        assertEquals(0, run(dbBeforeName, "export", "--out", csv.toString()), err::toString);
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(written.contains(NAMED_ORGANISATION), written);
        assertFalse(written.contains(DEFAULT_ORGANISATION), written);
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void backupHoldsTheNamedRegister(boolean dbBeforeName) {
        Path zip = dir.resolve("backup.zip");
        assertEquals(0, run(dbBeforeName, "backup", "--out", zip.toString()), err::toString);
        assertEquals(2, RegisterBackup.inspect(zip).signatories());
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void restoreReplacesTheNamedRegister(boolean dbBeforeName) throws IOException {
        Path third = dir.resolve("third");
        add(third, "Third Register One", "Third Register Two", "Third Register Three");
        Path zip = dir.resolve("third.zip");
        try (Services services = Services.open(third, Clock.systemDefaultZone())) {
            new RegisterBackup(services).backUp(zip);
        }
        assertEquals(0, run(dbBeforeName, "restore", zip.toString(), "--yes"), err::toString);
        assertEquals(3, count(named));
        assertTheDefaultIsUntouched();
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void statsCountsTheNamedRegister(boolean dbBeforeName) {
        assertEquals(0, run(dbBeforeName, "stats"), err::toString);
        assertTrue(out.toString().contains("Register:          " + named + RegisterDatabase.FILE_SUFFIX), out::toString);
        assertTrue(out.toString().contains("Signatories:       2"), out::toString);
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void lettersAreWrittenAndMarkedInTheNamedRegister(boolean dbBeforeName) throws IOException {
        Path pdf = dir.resolve("letters.pdf");
        assertEquals(0, run(dbBeforeName, "letters", "--outstanding", "--out", pdf.toString(), "--mark-acknowledged"),
                err::toString);
        String text = pdfText(pdf);
        assertTrue(text.contains(NAMED_ORGANISATION), text);
        assertFalse(text.contains(DEFAULT_ORGANISATION), text);
        assertEquals(Status.ACKNOWLEDGED, statusOfFirst(named));
        assertTheDefaultIsUntouched();
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void listIsOfTheNamedRegister(boolean dbBeforeName) throws IOException {
        Path pdf = dir.resolve("public.pdf");
        assertEquals(0, run(dbBeforeName, "list", "--public", "--out", pdf.toString()), err::toString);
        String text = pdfText(pdf);
        assertTrue(text.contains(NAMED_ORGANISATION), text);
        assertFalse(text.contains(DEFAULT_ORGANISATION), text);
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void recoverLooksAtTheNamedRegister(boolean dbBeforeName) {
        assertEquals(0, run(dbBeforeName, "recover"), err::toString);
        assertEquals("The register " + named + RegisterDatabase.FILE_SUFFIX + " opens as it is (2 signatories): "
                + "there is nothing to recover.", out.toString().strip());
        assertTheDefaultIsUntouched();
    }

    @Test
    void theWindowOpensOnTheNamedRegisterWhereverDemoIsWritten() {
        assertEquals(0, run(true, "--demo"));
        assertEquals(0, run(false, "--demo"));
        assertEquals(List.of(new RegisterLocation.H2File(named), new RegisterLocation.H2File(named)), windowsOpened);
    }

    @Test
    void withoutDbTheWindowAndTheCommandsUseTheDefault() {
        CommandLine commandLine = CommandLines.create((database, demo) -> {
            windowsOpened.add(database);
            return 0;
        });
        commandLine.setOut(new PrintWriter(out, true));
        assertEquals(0, commandLine.execute());
        assertEquals(List.of(new RegisterLocation.H2File(otherDefault)), windowsOpened);
        assertEquals(0, CommandLines.create((database, demo) -> 1).setOut(new PrintWriter(out, true)).execute("stats"));
        assertTrue(out.toString().contains("Signatories:       1"), out::toString);
    }

    @Test
    void everyCommandExplainsItselfAndTakesDb() {
        Stream.of("import", "export", "backup", "restore", "stats", "letters", "list", "recover", "move-register").forEach(command -> {
            out.getBuffer().setLength(0);
            CommandLine commandLine = CommandLines.create((database, demo) -> 1);
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setUsageHelpWidth(1000); // one line per option: the path is not broken
            assertEquals(0, commandLine.execute(command, "--help"), command);
            assertTrue(out.toString().contains("Usage: compact-register " + command), out::toString);
            assertTrue(out.toString().contains("--db=PATH"), () -> command + " takes --db: " + out);
            assertTrue(out.toString().contains("-h, --help"), out::toString);
            assertTrue(out.toString().contains("(default: " + new RegisterLocation.H2File(otherDefault).describe() + ")"),
                    () -> command + "'s help names the usual register: " + out);
        });
        out.getBuffer().setLength(0);
        assertEquals(0, CommandLines.create((database, demo) -> 1).setOut(new PrintWriter(out, true)).execute("--help"));
        assertTrue(out.toString().contains("--db=PATH"), out::toString);
        assertTrue(out.toString().contains("letters"), out::toString);
    }

    @Test
    void aSettingThatNamesNoRegisterIsToldInWordsWhenTheRegisterIsNeeded() {
        System.setProperty(DEFAULT_PROPERTY, "postgresql://");
        List<String> refusals = new ArrayList<>();
        WindowOpener opener = new WindowOpener() {
            @Override
            public int open(RegisterLocation register, boolean fillWithSamples) {
                windowsOpened.add(register);
                return 0;
            }

            @Override
            public int refused(String why) {
                refusals.add(why);
                return 2;
            }
        };
        CommandLine window = CommandLines.create(opener);
        window.setErr(new PrintWriter(err, true));
        assertEquals(2, window.execute(), "the window says why instead of opening");
        assertTrue(err.toString().startsWith("compact-register: The setting compact.register.db"), err::toString);
        err.getBuffer().setLength(0);
        assertEquals(List.of(), windowsOpened);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).startsWith("The setting compact.register.db (\"postgresql://\") does not name a "
                + "register"), refusals.get(0));

        CommandLine stats = CommandLines.create(opener);
        stats.setErr(new PrintWriter(err, true));
        assertTrue(stats.execute("stats") != 0);
        assertTrue(err.toString().startsWith("stats: The setting compact.register.db (\"postgresql://\")"), err::toString);
        assertFalse(err.toString().contains("Exception"), err::toString);

        CommandLine help = CommandLines.create(opener);
        help.setOut(new PrintWriter(out, true));
        help.setUsageHelpWidth(1000);
        assertEquals(0, help.execute("stats", "--help"));
        String shown = out.toString();
        assertTrue(shown.contains("(no default: The setting compact.register.db (\"postgresql://\") does not name a"),
                shown);
        assertFalse(shown.contains("null"), shown);
        out.getBuffer().setLength(0);

        CommandLine withDb = CommandLines.create(opener);
        withDb.setOut(new PrintWriter(out, true));
        assertEquals(0, withDb.execute("stats", "--db", named.toString()), "--db needs no setting");
        assertTrue(out.toString().contains("Signatories:       2"), out::toString);
    }
}
