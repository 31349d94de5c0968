package org.compactregister.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.compactregister.service.Services;
import org.jdbi.v3.core.Handle;

/**
 * The benchmark suite's lines for the import (issue 11): the import of the register's own export
 * ({@link ImportProbe}, in a JVM of its own with 256 MB of heap) against H2's {@code CSVREAD} of the
 * same file into a table, the floor under it ({@link ImportFloor}: H2 alone entering the same rows
 * into the register's tables, no checks) and the most heap the import used.
 * Alone, on a CSV with the export's header: {@code java -cp ... org.compactregister.io.ImportLines CSV}.
 */
public final class ImportLines {

    private final BenchmarkTable table;

    ImportLines(BenchmarkTable table) {
        this.table = table;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkTable table = new BenchmarkTable();
        Path dir = Files.createTempDirectory("compact-register-import");
        new ImportLines(table).run(dir, Path.of(args[0]));
        table.print("Import");
    }

    /** Imports the exported CSV into an empty register in a JVM of its own with 256 MB of heap, next to H2's CSVREAD. */
    void run(Path dir, Path csv) throws Exception {
        String answer = ChildRuns.firstLine(List.of("-Xmx256m"), ImportProbe.class.getName(),
                List.of(dir.resolve("imported").toString(), csv.toString()), "import ", 3600);
        long csvReadMillis;
        try (Services scratch = Services.open(dir.resolve("csvread"), Clock.systemDefaultZone());
             Handle handle = scratch.database().jdbi().open();
             Statement statement = handle.getConnection().createStatement()) {
            long start = System.nanoTime();
            statement.execute("CREATE TABLE raw_import AS SELECT * FROM CSVREAD('"
                    + csv.toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
            csvReadMillis = (System.nanoTime() - start) / 1_000_000;
        }
        long floorMillis;
        try (Services scratch = Services.open(dir.resolve("import-floor"), Clock.systemDefaultZone());
             Handle handle = scratch.database().jdbi().open()) {
            floorMillis = ImportFloor.millis(handle.getConnection(), csv);
        }
        if (answer == null) {
            table.text("Import of the 100,000-row CSV (-Xmx256m)", "failed", BenchmarkTable.ms(csvReadMillis), "—");
            return;
        }
        String[] parts = answer.split(" ");
        table.time(String.format(Locale.UK, "Import %,d-row CSV, every check (%,d in, %,d refused), -Xmx256m",
                Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])),
                Double.parseDouble(parts[0]), (double) csvReadMillis);
        table.time("H2 alone entering the same rows, no checks (INSERT … SELECT FROM CSVREAD, audit changes, one "
                + "transaction, six indexes built after)", floorMillis, (double) csvReadMillis);
        table.text("Import against that floor", BenchmarkTable.ms(Double.parseDouble(parts[0])),
                BenchmarkTable.ms(floorMillis), BenchmarkTable.ratio(Double.parseDouble(parts[0]), floorMillis));
        table.text("Peak heap in use during the import (sampled every 5 ms; garbage not yet collected included)",
                BenchmarkTable.mb(Long.parseLong(parts[4])), "goal ≤ 256 MB",
                BenchmarkTable.ratio(Long.parseLong(parts[4]), 256_000_000) + " of goal");
        // what the import needs, not what the collector lets it fill: the same import in a heap of 96 MB
        String small = ChildRuns.firstLine(List.of("-Xmx" + SMALL_HEAP_MB + "m"), ImportProbe.class.getName(),
                List.of(dir.resolve("imported-small-heap").toString(), csv.toString()), "import ", 3600);
        table.text("The same import with a heap of " + SMALL_HEAP_MB + " MB (-Xmx" + SMALL_HEAP_MB + "m)",
                small == null ? "failed" : "completes, " + BenchmarkTable.ms(Double.parseDouble(small.split(" ")[0])),
                "goal ≤ 256 MB", BenchmarkTable.ratio(SMALL_HEAP_MB, 256) + " of goal");
    }

    /** The heap the import is also run in, to show what it needs: a 96 MiB heap. */
    private static final int SMALL_HEAP_MB = 96;
}
