package org.compactregister.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.Scan;
import org.compactregister.model.StaffMember;
import org.compactregister.scan.AttachReport;
import org.compactregister.scan.ScanAttachBenchmark;
import org.compactregister.scan.ScanPages;
import org.compactregister.scan.ScanService;
import org.compactregister.service.Progress;
import org.compactregister.service.RegisterPasswords;
import org.compactregister.service.Services;

/**
 * What a register password costs, measured on the same register with and without one (the raw
 * baseline is the register without): opening it (the key derivation included), reading the search
 * index, the search per keystroke, opening a 100 MB scan for viewing, and a backup. Part of the
 * benchmark suite ({@link RegisterBenchmark} runs it last); alone:
 * {@code java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.compactregister.io.RegisterPasswordProbe [signatories]}.
 */
public final class RegisterPasswordProbe {

    private static final RegisterPassword PASSWORD = RegisterPassword.of("kettle on at nine");
    private static final String TYPED = "brambleford food";
    private static final int RUNS = 3;

    private RegisterPasswordProbe() {
    }

    public static void main(String[] args) throws Exception {
        int signatories = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        BenchmarkTable table = new BenchmarkTable();
        measure(table, Files.createTempDirectory("compact-register-password-probe"), signatories);
        table.print(String.format(Locale.UK, "Register password (%,d signatories, a 100 MB scan); baseline: none",
                signatories));
    }

    /** Builds the two registers in {@code dir} and adds the figures to {@code table}. */
    static void measure(BenchmarkTable table, Path dir, int signatories) throws Exception {
        Path plain = dir.resolve("plain").resolve("register");
        System.out.printf("Building a register of %,d signatories with a 100 MB scan in %s …%n", signatories, dir);
        LargeRegister.build(plain, signatories);
        Path pdf = ScanAttachBenchmark.scannedPdf(dir.resolve("100 MB scan.pdf"), 100L * 1024 * 1024, 1000, 1240, 1754);
        try (Services services = Services.open(plain, Clock.systemDefaultZone())) {
            services.settings().put(ScanService.MAX_MEGABYTES, "200");
            AttachReport attached = new ScanService(services).attach(1, List.of(pdf), Progress.NONE);
            if (attached.attached().isEmpty()) {
                throw new IllegalStateException(attached.describe());
            }
        }
        Path locked = dir.resolve("locked").resolve("register");
        Files.createDirectories(locked.getParent());
        Files.copy(dir.resolve("plain").resolve("register.mv.db"), locked.resolveSibling("register.mv.db"));
        long start = System.nanoTime();
        Services setting = Services.open(locked, Clock.systemDefaultZone());
        new RegisterPasswords(setting).set(PASSWORD, PASSWORD).close();
        double setMillis = (System.nanoTime() - start) / 1e6;
        table.text("Setting the password (re-encrypting " + BenchmarkTable.mb(Files.size(
                locked.resolveSibling("register.mv.db"))) + ")", BenchmarkTable.ms(setMillis), "—", "—");

        Figures without = figures(plain, null, dir.resolve("plain-backup.zip"));
        Figures with = figures(locked, PASSWORD, dir.resolve("locked-backup.zip"));
        table.time("Open the register (the key derivation included), median of " + RUNS, with.open, without.open);
        table.time("Read the search index from the register", with.index, without.index);
        table.time("Search per keystroke, median (\"" + TYPED + "\")", with.searchMedian, without.searchMedian);
        table.time("Search per keystroke, p95", with.searchP95, without.searchP95);
        table.time("Open the 100 MB scan for viewing (openPages), median of " + RUNS, with.scan, without.scan);
        table.time("Back up (register and the 100 MB scan), median of " + RUNS, with.backup, without.backup);
        table.size("Backup size", with.backupBytes, without.backupBytes);
        table.size("Register file", Files.size(locked.resolveSibling("register.mv.db")),
                Files.size(plain.resolveSibling("register.mv.db")));
    }

    private record Figures(double open, double index, double searchMedian, double searchP95, double scan,
                           double backup, long backupBytes) {
    }

    private static Figures figures(Path register, RegisterPassword password, Path backup) throws Exception {
        List<Long> opens = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            Services.open(register, Clock.systemDefaultZone(), StaffMember.ofComputerUser(), password).close();
            opens.add(System.nanoTime() - start);
        }
        try (Services services = Services.open(register, Clock.systemDefaultZone(), StaffMember.ofComputerUser(),
                password)) {
            long start = System.nanoTime();
            services.register().prepareSearch();
            double index = (System.nanoTime() - start) / 1e6;
            List<Long> typed = SearchLatency.keystrokes(services, TYPED, 7);
            ScanService scans = new ScanService(services);
            Scan scan = scans.list(1).get(0).scan();
            List<Long> scanTimes = new ArrayList<>();
            List<Long> backups = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                start = System.nanoTime();
                try (ScanPages pages = scans.openPages(scan)) {
                    if (pages.pageCount() < 1) {
                        throw new IllegalStateException("no pages");
                    }
                }
                scanTimes.add(System.nanoTime() - start);
                Files.deleteIfExists(backup);
                start = System.nanoTime();
                new RegisterBackup(services).backUp(backup);
                backups.add(System.nanoTime() - start);
            }
            return new Figures(SearchLatency.percentile(opens, 50), index, SearchLatency.percentile(typed, 50),
                    SearchLatency.percentile(typed, 95), SearchLatency.percentile(scanTimes, 50),
                    SearchLatency.percentile(backups, 50), Files.size(backup));
        }
    }
}
