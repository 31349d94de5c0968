package org.compactregister.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.SearchWords;
import org.compactregister.service.Progress;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.Services;
import org.jdbi.v3.core.Handle;

/**
 * Not a test (surefire skips it): builds a register of 100,000 fictional signatories and prints, in
 * one run, how fast the register is next to raw baselines on the same data. Run it with
 * <pre>
 * mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx2g -cp %classpath org.compactregister.io.RegisterBenchmark"
 * </pre>
 * (under {@code xvfb-run -a} to include the cold start of the window).
 */
public final class RegisterBenchmark {

    private static final int SIGNATORIES = 100_000;
    private static final String TYPED = "brambleford food";
    private static final int SAVES = 200;
    private static final int ROUNDS = 7;

    private final List<String[]> table = new ArrayList<>();

    private RegisterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new RegisterBenchmark().run();
    }

    private void run() throws Exception {
        Path dir = Files.createTempDirectory("compact-register-benchmark");
        Path database = dir.resolve("register");
        Path csv = dir.resolve("register-100k.csv");
        System.out.printf("Building a register of %,d fictional signatories in %s …%n", SIGNATORIES, dir);
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            List<CommitmentForm> forms = new SampleSignatories(20081124L, LocalDate.now()).forms(SIGNATORIES);
            long start = System.nanoTime();
            SampleBuild.addAll(services, forms);
            row("Build register (SignatoryRepository.addAll)", millis(System.nanoTime() - start), null);

            searchLatency(services);
            saveLatency(services);
            new RegisterCsvExport(services).export(csv, Progress.NONE);
        }
        importLatency(dir, csv);
        coldStart(database);

        var letters = org.compactregister.letter.LettersBenchmark.run(1_000, 5);
        row("1,000 letters to one PDF (" + letters.pages() + " pages), median", letters.medianSeconds() * 1000, null);
        var lists = org.compactregister.list.SignatoryListBenchmark.run(10_000, 5);
        row("10,000-row public list to PDF (baseline: read the rows)", lists.get("public list PDF, grouped: median ms"),
                lists.get("read rows only (baseline): median ms"));
        row("10,000-row internal list to PDF (baseline: read the rows)", lists.get("internal list PDF, landscape: median ms"),
                lists.get("read rows only (baseline): median ms"));
        row("10,000-row internal list to CSV (baseline: read the rows)", lists.get("internal list CSV: median ms"),
                lists.get("read rows only (baseline): median ms"));

        row("Peak heap (all heap pools, this JVM)", String.format(Locale.UK, "%,d MB", peakHeapBytes() / 1_000_000),
                null);
        print();
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
        row("Single save of a form, median (baseline: JDBC, H2 write delay)", durableMedian, beforeMedian);
        textRow("Single saves per second (baseline: JDBC, H2 write delay)", String.format(Locale.UK, "%,.0f / s",
                1000 / durableMedian), String.format(Locale.UK, "%,.0f / s", 1000 / beforeMedian));
        row("Single save, plain JDBC forced to disk (baseline: not forced)", percentile(rawSynced, 50), beforeMedian);
    }

    private static void rawInsert(Connection connection, CommitmentForm form) throws SQLException {
        long id;
        try (var insert = connection.prepareStatement("INSERT INTO signatory (signatory_name, date_signed, "
                + "organisation, organisation_key, created_at, updated_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, "
                + "CURRENT_TIMESTAMP)", new String[] {"ID"})) {
            insert.setString(1, form.signatoryName());
            insert.setObject(2, form.dateSigned());
            insert.setString(3, form.organisation());
            insert.setString(4, form.organisation().toLowerCase(Locale.ROOT));
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (var words = connection.prepareStatement(
                "INSERT INTO signatory_search_word (word, signatory_id) VALUES (?, ?)")) {
            for (String word : org.compactregister.model.SearchWords.of(form)) {
                words.setString(1, word);
                words.setLong(2, id);
                words.addBatch();
            }
            words.executeBatch();
        }
    }

    private void textRow(String what, String value, String baseline) {
        table.add(new String[] {what, value, baseline, "—"});
    }

    /** Times each keystroke of {@link #TYPED} through the register's search and as raw SQL on the same data. */
    private void searchLatency(Services services) throws SQLException {
        List<Long> service = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        try (Handle handle = services.database().jdbi().open()) {
            Connection connection = handle.getConnection();
            for (int round = 0; round < ROUNDS + 2; round++) {
                for (int length = 1; length <= TYPED.length(); length++) {
                    String typed = TYPED.substring(0, length);
                    long start = System.nanoTime();
                    services.register().search(RegisterQuery.everything().withSearchText(typed));
                    long serviceTime = System.nanoTime() - start;
                    start = System.nanoTime();
                    rawSearch(connection, typed);
                    long rawTime = System.nanoTime() - start;
                    if (round >= 2) { // the first two rounds warm up the JIT and the page cache
                        service.add(serviceTime);
                        raw.add(rawTime);
                    }
                }
            }
        }
        row("Search per keystroke, median (\"" + TYPED + "\")", percentile(service, 50), percentile(raw, 50));
        row("Search per keystroke, p95", percentile(service, 95), percentile(raw, 95));
    }

    /** The same SQL as the register's search, by hand over JDBC: no Jdbi, no mapping into records. */
    private static void rawSearch(Connection connection, String typed) throws SQLException {
        List<String> words = new ArrayList<>(SearchWords.ofQuery(typed));
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            where.append(i == 0 ? " WHERE " : " AND ")
                    .append("id IN (SELECT signatory_id FROM signatory_search_word WHERE word LIKE ? ESCAPE '!')");
        }
        int found = 0;
        try (PreparedStatement rows = connection.prepareStatement("SELECT * FROM signatory" + where
                + " ORDER BY organisation_key ASC NULLS LAST, organisation_key, id LIMIT 500")) {
            for (int i = 0; i < words.size(); i++) {
                rows.setString(i + 1, words.get(i) + "%");
            }
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
        if (found == 500) {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM signatory" + where)) {
                for (int i = 0; i < words.size(); i++) {
                    count.setString(i + 1, words.get(i) + "%");
                }
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                }
            }
        }
    }

    /** Imports the exported 100,000-row CSV into an empty register, next to H2's CSVREAD of the same file. */
    private void importLatency(Path dir, Path csv) throws SQLException {
        long importMillis;
        ImportReport report;
        try (Services empty = Services.open(dir.resolve("imported"), Clock.systemDefaultZone())) {
            long start = System.nanoTime();
            report = new CsvImportService(empty).importFile(csv, false, Progress.NONE);
            importMillis = (System.nanoTime() - start) / 1_000_000;
        }
        long csvReadMillis;
        try (Services scratch = Services.open(dir.resolve("csvread"), Clock.systemDefaultZone());
             Handle handle = scratch.database().jdbi().open();
             Statement statement = handle.getConnection().createStatement()) {
            long start = System.nanoTime();
            statement.execute("CREATE TABLE raw_import AS SELECT * FROM CSVREAD('"
                    + csv.toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
            csvReadMillis = (System.nanoTime() - start) / 1_000_000;
        }
        row(String.format(Locale.UK, "Import %,d-row CSV (%,d in, %,d refused)", report.rowsRead(),
                report.imported(), report.refused().size()), (double) importMillis, (double) csvReadMillis);
    }

    /** Starts the real window in a fresh JVM on the 100,000-signatory register, three times. */
    private void coldStart(Path database) throws IOException, InterruptedException {
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            row("Cold start to usable window", "skipped: no display (run under xvfb-run)", null);
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ColdStartProbe.class.getName(), database.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("usable ")) {
                        times.add(Long.parseLong(line.substring(7)) * 1_000_000);
                        break;
                    }
                }
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (times.isEmpty()) {
            row("Cold start to usable window", "failed: the window never showed signatories", null);
        } else {
            row("Cold start to usable window, median of " + times.size(), percentile(times, 50), null);
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1_000_000.0;
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private void row(String what, double register, Double baseline) {
        table.add(new String[] {what, ms(register), baseline == null ? "—" : ms(baseline),
            baseline == null ? "—" : String.format(Locale.UK, "%.1f×", register / Math.max(baseline, 0.001))});
    }

    private void row(String what, String value, Double baseline) {
        table.add(new String[] {what, value, "—", "—"});
    }

    private static String ms(double millis) {
        return millis >= 1000 ? String.format(Locale.UK, "%,.1f s", millis / 1000)
                : String.format(Locale.UK, "%,.2f ms", millis);
    }

    private void print() {
        String format = "| %-58s | %-16s | %-14s | %-8s |%n";
        System.out.println();
        System.out.printf(format, "Measure (" + String.format(Locale.UK, "%,d", SIGNATORIES) + " signatories)",
                "Register", "Raw baseline", "Ratio");
        System.out.printf(format, "-".repeat(58), "-".repeat(16), "-".repeat(14), "-".repeat(8));
        for (String[] r : table) {
            System.out.printf(format, (Object[]) r);
        }
        System.out.println();
        System.out.println("Baselines: search = the same SQL over plain JDBC without mapping; import = H2's CSVREAD "
                + "of the same file into a table (no checks, no search words).");
    }

    /** Adds the forms through the repository in one transaction, as the sample data does. */
    private static final class SampleBuild {
        static void addAll(Services services, List<CommitmentForm> forms) {
            new org.compactregister.persistence.SignatoryRepository(services.database().jdbi())
                    .addAll(forms, services.clock().instant());
        }
    }
}
