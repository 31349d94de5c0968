package org.compactregister.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.compactregister.Launcher;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.OrganisationName;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.service.LogFolder;
import org.compactregister.service.Progress;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.Services;
import org.jdbi.v3.core.Handle;

/**
 * Not a test (surefire skips it): builds a register of 100,000 fictional signatories and prints, in
 * one run, every line of issue 11's table next to its raw baseline on the same data: the register
 * file's size (after building, and after 10,000 single saves) against the same data compacted, the
 * backup, the import against H2's CSVREAD, the search per keystroke against H2's own index, the
 * cold start against a bare JavaFX window, the letters and lists, and what a register password costs
 * ({@link RegisterPasswordProbe}: the same register with and without one). Run it with
 * <pre>
 * xvfb-run -a -s "-screen 0 1400x900x24" mvn -B -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.classpathScope=test -Dexec.args="-Xmx2g -cp %classpath org.compactregister.io.RegisterBenchmark"
 * </pre>
 * (without a display the cold start lines say so).
 */
public final class RegisterBenchmark {

    private static final int SIGNATORIES = 100_000;
    private static final int EDITS = 10_000;
    private static final String TYPED = "brambleford food";
    private static final int SAVES = 200;
    private static final int ROUNDS = 7;
    private static final int COLD_STARTS = 5;

    private final BenchmarkTable table = new BenchmarkTable();

    private RegisterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new RegisterBenchmark().run();
    }

    private void run() throws Exception {
        Path dir = Files.createTempDirectory("compact-register-benchmark");
        Path database = dir.resolve("register");
        Path file = dir.resolve("register.mv.db");
        Path csv = dir.resolve("register-100k.csv");
        System.out.printf("Building a register of %,d fictional signatories in %s …%n", SIGNATORIES, dir);
        long start = System.nanoTime();
        LargeRegister.build(database, SIGNATORIES);
        table.time("Build register (SignatoryRepository.addAll, one transaction)", millis(System.nanoTime() - start),
                null);
        table.size("Register file after building 100,000 (baseline: a copy after SHUTDOWN COMPACT)",
                Files.size(file), compactedSize(file, dir.resolve("compact-built")));

        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            start = System.nanoTime();
            services.register().prepareSearch();
            table.time("Search index read from the register (once, in the background)",
                    millis(System.nanoTime() - start), null);
            searchLatency(services);
            saveLatency(services);
            new RegisterCsvExport(services).export(csv, Progress.NONE);
            start = System.nanoTime();
            singleSaves(services);
            table.time(String.format(Locale.UK, "%,d single saves (edits of signatories), each", EDITS),
                    millis(System.nanoTime() - start) / EDITS, null);
        }
        table.size("Register file after 10,000 single saves (baseline: a copy compacted)", Files.size(file),
                compactedSize(file, dir.resolve("compact-edited")));
        backup(database, dir.resolve("backup.zip"));
        new ImportLines(table).run(dir, csv);
        coldStart(database);
        lettersAndLists(dir);
        SharedSearch.measure(table, SIGNATORIES);
        try {
            LiveLatencyProbe.measure(table);
        } catch (RuntimeException noServer) {
            table.text("Live: save on one PC → row in the other PC's table", "not measured: " + noServer.getMessage(),
                    "—", "—");
        }
        RegisterPasswordProbe.measure(table, dir.resolve("password"), SIGNATORIES);
        new MoveLines(table).run(dir);
        table.print("Measure (" + String.format(Locale.UK, "%,d", SIGNATORIES) + " signatories)");
        System.out.println("Baselines: size = the same file after H2's SHUTDOWN COMPACT (a copy); search = H2's own "
                + "index range scan of the organisation name for the same keystroke over JDBC (first page and "
                + "count); import = H2's CSVREAD of the same file into a table (no checks); cold start = a bare "
                + "JavaFX window (table and text field) to its second pulse, started the same way.");
    }

    /** The size of a copy of {@code file} after H2's SHUTDOWN COMPACT. */
    private static long compactedSize(Path file, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path copy = folder.resolve("register.mv.db");
        Files.copy(file, copy);
        Connection connection = java.sql.DriverManager.getConnection("jdbc:h2:" + folder.resolve("register"),
                "register", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException closedByTheShutdown) {
            // the statement closes with the database
        }
        long size = Files.size(copy);
        Files.delete(copy);
        return size;
    }

    /** Edits of signatories as staff make them through the day: each checked, saved and forced to the disk. */
    private static void singleSaves(Services services) {
        Random random = new Random(11);
        List<CommitmentForm> replacements = new SampleSignatories(99L, LocalDate.now()).forms(200);
        for (int i = 0; i < EDITS; i++) {
            long id = 1 + random.nextInt(SIGNATORIES);
            Signatory opened = services.register().find(id).orElseThrow();
            CommitmentForm other = replacements.get(i % replacements.size());
            CommitmentForm edited = opened.form().withContact(other.telephone(), other.email());
            services.register().update(opened, edited, true);
        }
    }

    /** The {@code backup --out} command, whole process: its time and the zip's size. */
    private void backup(Path database, Path zip) throws Exception {
        long millis = ChildRuns.wholeRun(Launcher.class.getName(), List.of("--db", database.toString(), "backup",
                "--out", zip.toString()), 1800);
        if (millis < 0) {
            table.text("Backup of the register (backup --out), whole process", "failed", "goal ≤ 10 s", "—");
            return;
        }
        table.text("Backup of the register (backup --out), whole process", BenchmarkTable.ms(millis), "goal ≤ 10 s",
                BenchmarkTable.ratio(millis, 10_000) + " of goal");
        table.text("Backup zip size", BenchmarkTable.mb(Files.size(zip)), "goal ≤ 50 MB",
                BenchmarkTable.ratio(Files.size(zip), 50_000_000) + " of goal");
    }

    /** Each keystroke of {@link #TYPED} (and of an inside-word and a one-slip search) against H2's own index. */
    private void searchLatency(Services services) throws SQLException {
        List<Long> raw = new ArrayList<>();
        try (Handle handle = services.database().jdbi().open()) {
            for (int round = 0; round < ROUNDS + 2; round++) {
                for (int length = 1; length <= TYPED.length(); length++) {
                    long start = System.nanoTime();
                    rawSearch(handle.getConnection(), TYPED.substring(0, length));
                    if (round >= 2) {
                        raw.add(System.nanoTime() - start);
                    }
                }
            }
        }
        List<Long> typed = SearchLatency.keystrokes(services, TYPED, ROUNDS);
        table.time("Search per keystroke, median (\"" + TYPED + "\")", SearchLatency.percentile(typed, 50),
                SearchLatency.percentile(raw, 50));
        table.time("Search per keystroke, p95", SearchLatency.percentile(typed, 95), SearchLatency.percentile(raw, 95));
        List<Long> oneLetter = new ArrayList<>();
        List<Long> rawOneLetter = new ArrayList<>();
        for (int i = 0; i < TYPED.length() * ROUNDS; i += TYPED.length()) {
            oneLetter.add(typed.get(i));
            rawOneLetter.add(raw.get(i));
        }
        table.time("Search, the one-letter keystroke (\"b\"), median", SearchLatency.percentile(oneLetter, 50),
                SearchLatency.percentile(rawOneLetter, 50));
        List<Long> inside = SearchLatency.keystrokes(services, "cester", ROUNDS);
        table.time("Search inside words per keystroke (\"cester\"), median / p95 →", SearchLatency.percentile(inside, 50),
                null);
        table.time("  p95", SearchLatency.percentile(inside, 95), null);
        List<Long> slip = SearchLatency.keystrokes(services, "brambelford", ROUNDS);
        table.time("Search with one slip per keystroke (\"brambelford\"), median", SearchLatency.percentile(slip, 50),
                null);
        table.time("  p95", SearchLatency.percentile(slip, 95), null);
    }

    /** H2's own range scan of the organisation name index for the keystroke: the first page and the count. */
    static void rawSearch(Connection connection, String typed) throws SQLException {
        String like = OrganisationName.matchKey(typed).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        int found = 0;
        try (PreparedStatement rows = connection.prepareStatement("SELECT * FROM signatory WHERE organisation_key "
                + "LIKE ? ESCAPE '!' ORDER BY organisation_key, id LIMIT " + RegisterQuery.DEFAULT_LIMIT)) {
            rows.setString(1, like);
            try (ResultSet rs = rows.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    found++;
                }
            }
        }
        if (found == RegisterQuery.DEFAULT_LIMIT) {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM signatory WHERE organisation_key LIKE ? ESCAPE '!'")) {
                count.setString(1, like);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                }
            }
        }
    }

    /**
     * Times single saves of a returned form, as the window makes them (checked, duplicate query,
     * signatory and search words in one transaction, forced to the disk), against the same inserts
     * over plain JDBC with H2's old settings (written up to 500 ms later, never forced): the cost of
     * durable saves. A third line forces the plain inserts to the disk too, to show what is fsync.
     */
    private void saveLatency(Services services) throws SQLException {
        List<CommitmentForm> forms = new SampleSignatories(7L, LocalDate.now()).forms(SAVES);
        List<Long> durable = new ArrayList<>();
        List<Long> before = new ArrayList<>();
        List<Long> rawSynced = new ArrayList<>();
        for (CommitmentForm form : forms) {
            long start = System.nanoTime();
            services.register().register(form, true);
            durable.add(System.nanoTime() - start);
        }
        try (Handle handle = services.database().jdbi().open()) {
            Connection connection = handle.getConnection();
            try (var statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 500");
            }
            connection.setAutoCommit(false);
            for (CommitmentForm form : forms) {
                long start = System.nanoTime();
                rawInsert(connection, form);
                connection.commit();
                before.add(System.nanoTime() - start);
            }
            for (CommitmentForm form : forms) {
                long start = System.nanoTime();
                rawInsert(connection, form);
                connection.commit();
                try (var statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT SYNC");
                }
                rawSynced.add(System.nanoTime() - start);
            }
            connection.setAutoCommit(true);
            try (var statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
        }
        double durableMedian = percentile(durable, 50);
        double beforeMedian = percentile(before, 50);
        table.time("Single save of a form, median (baseline: JDBC, H2 write delay)", durableMedian, beforeMedian);
        table.text("Single saves per second (baseline: JDBC, H2 write delay)", String.format(Locale.UK, "%,.0f / s",
                1000 / durableMedian), String.format(Locale.UK, "%,.0f / s", 1000 / beforeMedian), "—");
        table.time("Single save, plain JDBC forced to disk (baseline: not forced)", percentile(rawSynced, 50), beforeMedian);
    }

    private static void rawInsert(Connection connection, CommitmentForm form) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO signatory (signatory_name, date_signed, "
                + "organisation, organisation_key, created_at, updated_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)")) {
            insert.setString(1, form.signatoryName());
            insert.setObject(2, form.dateSigned());
            insert.setString(3, form.organisation());
            insert.setString(4, form.organisation().toLowerCase(Locale.ROOT));
            insert.executeUpdate();
        }
    }

    /** Starts the real window on the register and the bare window, in turn, {@link #COLD_STARTS} times each. */
    private void coldStart(Path database) throws Exception {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            table.text("Cold start to a usable window", "skipped: no display (run under xvfb-run)", "—", "—");
            return;
        }
        List<Long> register = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < COLD_STARTS; i++) {
            String shown = ChildRuns.firstLine(List.of(), ColdStartProbe.class.getName(), List.of(database.toString()),
                    "usable ", 300);
            String bareShown = ChildRuns.firstLine(List.of(), BareWindowProbe.class.getName(), List.of(), "usable ",
                    120);
            if (shown != null && bareShown != null) {
                register.add(Long.parseLong(shown) * 1_000_000);
                bare.add(Long.parseLong(bareShown) * 1_000_000);
            }
        }
        if (register.isEmpty()) {
            table.text("Cold start to a usable window", "failed: the window never showed signatories", "—", "—");
        } else {
            table.time("Cold start to a usable window, whole process, median of " + register.size(),
                    SearchLatency.percentile(register, 50), SearchLatency.percentile(bare, 50));
        }
        coldStartWithArchive(database);
    }

    /**
     * The same cold start against the same bare window, both from jars, the window's classes mapped
     * from an AppCDS archive made by one training run (the bare window gets the JDK's own archive
     * only). Near what the Linux installer does (its postinst makes an archive of the installed jars
     * from a shipped class list, see the README's Installers); the jar and the Windows and macOS
     * installers ship none (see {@link ClassDataArchive}).
     */
    private void coldStartWithArchive(Path database) throws Exception {
        Path dir = Files.createTempDirectory("cold-start-cds");
        String classPath = ClassDataArchive.jarredClassPath(System.getProperty("java.class.path"), dir);
        Path archive = dir.resolve("compact-register.jsa");
        // the window logs as installed (no logback-test.xml in the jars), into a folder of this run
        String logs = "-D" + LogFolder.PROPERTY + "=" + dir.resolve("logs");
        // the probe ends itself once the window is usable; the archive is written as it exits
        ChildRuns.runToItsEnd(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", logs), classPath,
                ColdStartProbe.class.getName(), List.of(database.toString()), 300);
        if (!Files.exists(archive)) {
            table.text("Cold start, with an AppCDS archive (as the Linux installer)", "failed: no archive written", "—", "—");
            return;
        }
        List<Long> register = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < COLD_STARTS; i++) {
            String shown = ChildRuns.firstLine(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", logs),
                    classPath, ColdStartProbe.class.getName(), List.of(database.toString()), "usable ", 300);
            String bareShown = ChildRuns.firstLine(List.of(), classPath, BareWindowProbe.class.getName(), List.of(),
                    "usable ", 120);
            if (shown != null && bareShown != null) {
                register.add(Long.parseLong(shown) * 1_000_000);
                bare.add(Long.parseLong(bareShown) * 1_000_000);
            }
        }
        if (!register.isEmpty()) {
            table.time("Cold start, with an AppCDS archive (as the Linux installer), median of " + register.size(),
                    SearchLatency.percentile(register, 50), SearchLatency.percentile(bare, 50));
        }
    }

    /** {@code letters --outstanding} for 1,000, whole process; then the letters and lists alone, in this JVM. */
    private void lettersAndLists(Path dir) throws Exception {
        Path letters = dir.resolve("letters").resolve("register");
        LargeRegister.build(letters, 1_000);
        long millis = ChildRuns.wholeRun(Launcher.class.getName(), List.of("--db", letters.toString(), "letters",
                "--outstanding", "--out", dir.resolve("letters.pdf").toString()), 1800);
        table.text("letters --outstanding for 1,000, whole process", millis < 0 ? "failed" : BenchmarkTable.ms(millis),
                "see README", "—");
        var run = org.compactregister.letter.LettersBenchmark.run(1_000, 5);
        table.time("1,000 letters to one PDF (" + run.pages() + " pages), in process, median", run.medianSeconds() * 1000,
                null);
        var lists = org.compactregister.list.SignatoryListBenchmark.run(10_000, 5);
        table.time("10,000-row public list to PDF (baseline: read the rows)", lists.get("public list PDF, grouped: median ms"),
                lists.get("read rows only (baseline): median ms"));
        table.time("10,000-row internal list to PDF (baseline: read the rows)",
                lists.get("internal list PDF, landscape: median ms"), lists.get("read rows only (baseline): median ms"));
        table.time("10,000-row internal list to CSV (baseline: read the rows)", lists.get("internal list CSV: median ms"),
                lists.get("read rows only (baseline): median ms"));
    }

    private static double percentile(List<Long> nanos, int percent) {
        return SearchLatency.percentile(nanos, percent);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
