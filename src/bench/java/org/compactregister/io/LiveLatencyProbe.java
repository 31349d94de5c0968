package org.compactregister.io;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.compactregister.model.Signatory;
import org.compactregister.model.StaffMember;
import org.compactregister.model.RegisterLocation;
import org.compactregister.persistence.TestPostgres;
import org.compactregister.service.SaveOutcome;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.compactregister.ui.register.OpenForms;
import org.compactregister.ui.register.RegisterViewModel;
import org.postgresql.PGConnection;

/**
 * Not a test: the live line of the benchmark suite. Two PCs (two open registers, each with its own
 * connections and listener) on one shared register on the test PostgreSQL server: one saves a
 * signatory 100 times, and each time the probe waits until the other's register table (its real
 * view model, following the change feed) shows the saved version. Prints the median and p95 of
 * that time against the raw baseline: a bare {@code NOTIFY} on one JDBC connection to its arrival on
 * another that waits for it. Both PCs are in this JVM (the path through the server is the same).
 * Run it with
 * <pre>
 * mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.compactregister.io.LiveLatencyProbe"
 * </pre>
 */
public final class LiveLatencyProbe {

    private static final int SAVES = 100;
    private static final int ROWS = 200;

    private volatile long awaitedId;
    private volatile int awaitedVersion;
    private volatile CountDownLatch seen;

    private LiveLatencyProbe() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkTable table = new BenchmarkTable();
        measure(table);
        table.print("Measure (shared register, " + SAVES + " saves)");
        System.exit(0);
    }

    /** Adds the live lines (median and p95 over {@value #SAVES} saves) to {@code table}. */
    static void measure(BenchmarkTable table) throws Exception {
        new LiveLatencyProbe().run(table);
    }

    private void run(BenchmarkTable table) throws Exception {
        RegisterLocation.Server database = TestPostgres.freshDatabase();
        List<Long> live = new ArrayList<>();
        try (Services saving = Services.open(database, Clock.systemDefaultZone(), new StaffMember("alice"));
             Services watching = Services.open(database, Clock.systemDefaultZone(), new StaffMember("bob"))) {
            saving.sampleData().fillEmptyRegister(ROWS);
            RecordingDialogService dialogs = new RecordingDialogService();
            RegisterViewModel table2 = new RegisterViewModel(watching.register(), watching.sampleData(),
                    new SameThreadTaskExecutor(), dialogs, new OpenForms(dialogs, form -> { }))
                    .listenTo(watching.changes());
            table2.refresh();
            table2.signatories().addListener((ListChangeListener<Signatory>) change -> {
                while (change.next()) {
                    for (Signatory shown : change.getAddedSubList()) {
                        CountDownLatch latch = seen;
                        if (latch != null && shown.id() == awaitedId && shown.version() >= awaitedVersion) {
                            latch.countDown();
                        }
                    }
                }
            });
            for (int i = 0; i < SAVES; i++) {
                Signatory opened = table2.signatories().get(i % table2.signatories().size());
                Signatory current = saving.register().find(opened.id()).orElseThrow();
                awaitedId = current.id();
                awaitedVersion = current.version() + 1;
                CountDownLatch latch = new CountDownLatch(1);
                seen = latch;
                long start = System.nanoTime();
                saving.register().update(current, current.form().withContact(
                        String.format("0116 496 %04d", i), current.form().email()), true);
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("save " + i + " was not seen within 10 s");
                }
                live.add(System.nanoTime() - start);
                seen = null;
                Thread.sleep(20);
            }
        }
        List<Long> raw = rawNotify(database);
        table.time("Live: save on one PC → row in the other PC's table, median of " + SAVES,
                SearchLatency.percentile(live, 50), SearchLatency.percentile(raw, 50));
        table.time("Live: save on one PC → row in the other PC's table, p95 (goal ≤ 2 s)",
                SearchLatency.percentile(live, 95), SearchLatency.percentile(raw, 95));
        System.out.printf(Locale.UK, "live: median %.1f ms, p95 %.1f ms, max %.1f ms; raw NOTIFY median %.2f ms, "
                + "p95 %.2f ms%n", SearchLatency.percentile(live, 50), SearchLatency.percentile(live, 95),
                SearchLatency.percentile(live, 100), SearchLatency.percentile(raw, 50),
                SearchLatency.percentile(raw, 95));
    }

    /** A bare NOTIFY on one connection to its arrival on another that waits for it, {@value #SAVES} times. */
    private static List<Long> rawNotify(RegisterLocation.Server database) throws Exception {
        List<Long> times = new ArrayList<>();
        try (Connection sender = TestPostgres.connect(database); Connection receiver = TestPostgres.connect(database)) {
            try (Statement listen = receiver.createStatement()) {
                listen.execute("LISTEN probe");
            }
            PGConnection pg = receiver.unwrap(PGConnection.class);
            for (int i = 0; i < SAVES; i++) {
                long start = System.nanoTime();
                try (Statement notify = sender.createStatement()) {
                    notify.execute("NOTIFY probe, '" + i + "'");
                }
                while (pg.getNotifications(1_000) == null) {
                    Thread.onSpinWait();
                }
                times.add(System.nanoTime() - start);
            }
        }
        return times;
    }
}
