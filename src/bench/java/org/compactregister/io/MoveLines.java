package org.compactregister.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.ScanMediaType;
import org.compactregister.model.Signatory;
import org.compactregister.persistence.NewScan;
import org.compactregister.persistence.ScanRepository;
import org.compactregister.service.Services;

/**
 * The benchmark suite's lines for moving a register (issue 12): a register of 10,000 signatories
 * with 100 scans (99 of 1 MB and one of 100 MB, streamed in) is moved into a new register
 * ({@link MoveProbe}, in a JVM of its own with a 64 MB heap, so a scan held whole in memory would
 * fail), against a plain copy of the register file; and the most heap the move used.
 * Alone: {@code java -cp ... org.compactregister.io.MoveLines}.
 */
public final class MoveLines {

    static final int SIGNATORIES = 10_000;
    static final int SCANS = 100;
    static final int BIG_SCAN_BYTES = 100_000_000;
    static final int SCAN_BYTES = 1_000_000;
    private static final int ROUNDS = 3;

    private final BenchmarkTable table;

    MoveLines(BenchmarkTable table) {
        this.table = table;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkTable table = new BenchmarkTable();
        new MoveLines(table).run(Files.createTempDirectory("compact-register-move-benchmark"));
        table.print("Move (10,000 signatories, 100 scans)");
    }

    void run(Path dir) throws Exception {
        Path source = dir.resolve("move-source");
        System.out.printf("Building a register of %,d signatories with %d scans in %s …%n", SIGNATORIES, SCANS, dir);
        build(source);
        Path file = dir.resolve("move-source.mv.db");
        List<Long> moves = new ArrayList<>();
        List<Long> copies = new ArrayList<>();
        List<Long> cpus = new ArrayList<>();
        long peak = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path target = dir.resolve("moved-" + round);
            String line = ChildRuns.firstLine(List.of("-Xmx64m"), MoveProbe.class.getName(),
                    List.of(source.toString(), target.toString()), "move ", 1800);
            if (line == null) {
                table.text("Move 10,000 signatories + 100 scans, H2 → H2", "failed", "—", "—");
                return;
            }
            String[] parts = line.split(" ");
            moves.add(Long.parseLong(parts[0]));
            peak = Math.max(peak, Long.parseLong(parts[3]));
            cpus.add(Long.parseLong(parts[4]));
            Files.deleteIfExists(dir.resolve("moved-" + round + ".mv.db"));
            Path copy = dir.resolve("plain-copy.mv.db");
            long start = System.nanoTime();
            Files.copy(file, copy);
            copies.add((System.nanoTime() - start) / 1_000_000);
            Files.delete(copy);
        }
        Collections.sort(moves);
        Collections.sort(copies);
        Collections.sort(cpus);
        table.time(String.format(Locale.UK, "Move %,d signatories + %d scans (%s), H2 → H2, check incl. (median of %d)",
                SIGNATORIES, SCANS, BenchmarkTable.mb(Files.size(file)), ROUNDS), moves.get(ROUNDS / 2),
                (double) copies.get(ROUNDS / 2));
        table.time("  processor time of the move's process (JVM start included), median", cpus.get(ROUNDS / 2), null);
        table.text("  most heap in use during the move (-Xmx64m; biggest scan 100 MB)", BenchmarkTable.mb(peak),
                "100 MB scan", BenchmarkTable.ratio(peak, BIG_SCAN_BYTES));
        System.out.println("Baseline for the move: a plain copy of the register file (Files.copy), the least any move "
                + "of it can take.");
        serverRoundTrip(source, dir, moves.get(ROUNDS / 2));
    }

    /**
     * The same register to a PostgreSQL server and back (the test suite's server, or COMPACT_TEST_PG),
     * against the move between two H2 files ({@code h2Millis}).
     */
    private void serverRoundTrip(Path source, Path dir, long h2Millis) throws Exception {
        String server = org.compactregister.persistence.TestPostgres.freshDatabase().address();
        String there = ChildRuns.firstLine(List.of("-Xmx64m"), MoveProbe.class.getName(),
                List.of(source.toString(), server), "move ", 1800);
        String back = there == null ? null : ChildRuns.firstLine(List.of("-Xmx64m"), MoveProbe.class.getName(),
                List.of(server, dir.resolve("back-from-server").toString()), "move ", 1800);
        if (there == null || back == null) {
            table.text("Move to PostgreSQL and back", "failed", "—", "—");
            return;
        }
        String[] to = there.split(" ");
        String[] from = back.split(" ");
        table.time("Move the same, H2 → PostgreSQL (baseline: H2 → H2)", Long.parseLong(to[0]), (double) h2Millis);
        table.time("Move the same, PostgreSQL → H2 (baseline: H2 → H2)", Long.parseLong(from[0]), (double) h2Millis);
        table.text("  most heap in use, to / from the server (-Xmx64m)", BenchmarkTable.mb(Long.parseLong(to[3]))
                + " / " + BenchmarkTable.mb(Long.parseLong(from[3])), "100 MB scan", "—");
        table.time("  processor time, to / from the server: to", Long.parseLong(to[4]), null);
        table.time("  processor time, to / from the server: from", Long.parseLong(from[4]), null);
    }

    /** The register: sample signatories, then the scans, each streamed in from a seeded generator. */
    static void build(Path database) throws Exception {
        LargeRegister.build(database, SIGNATORIES);
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            List<Signatory> on = services.register().search(RegisterQuery.everything()).signatories();
            ScanRepository scans = new ScanRepository(services.database().jdbi());
            for (int i = 0; i < SCANS; i++) {
                long size = i == 0 ? BIG_SCAN_BYTES : SCAN_BYTES;
                String sha = sha256(new SeededBytes(i, size));
                scans.add(new NewScan(on.get(i % on.size()).id(), "scan-" + i + ".pdf", ScanMediaType.PDF, size, sha, 1,
                        services.clock().instant(), null), new SeededBytes(i, size), () -> { });
            }
        }
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** {@code size} bytes from a generator seeded with {@code seed}, the same however read, never held whole. */
    private static final class SeededBytes extends InputStream {
        private final Random random;
        private final byte[] block = new byte[64 * 1024];
        private int at = block.length;
        private long left;

        SeededBytes(long seed, long size) {
            this.random = new Random(seed);
            this.left = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            if (at == block.length) {
                random.nextBytes(block);
                at = 0;
            }
            int n = (int) Math.min(Math.min(len, left), block.length - at);
            System.arraycopy(block, at, b, off, n);
            at += n;
            left -= n;
            return n;
        }

        @Override
        public void close() throws IOException {
            left = 0;
        }
    }
}
