package org.compactregister.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.compactregister.persistence.SignatoryRepository;
import org.compactregister.service.Progress;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.Services;

/**
 * Builds a register of fictional signatories (the benchmark suite's data) and its CSV export, for
 * trying the window or a command on a large register by hand:
 * {@code LargeRegister /tmp/big/register [100000]} leaves {@code register.mv.db} and {@code register.csv}.
 */
public final class LargeRegister {

    /** The seed the suite builds its register from, so every run holds the same signatories. */
    static final long SEED = 20081124L;

    private LargeRegister() {
    }

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long start = System.nanoTime();
        build(database, count);
        System.out.printf("built %,d in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            Path csv = database.resolveSibling(database.getFileName() + ".csv");
            new RegisterCsvExport(services).export(csv, Progress.NONE);
            System.out.printf("exported %s (%,d bytes)%n", csv, Files.size(csv));
        }
    }

    /** Adds {@code count} fictional signatories to the register at {@code database} in one transaction. */
    static void build(Path database, int count) {
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            new SignatoryRepository(services.database().jdbi()).addAll(
                    new SampleSignatories(SEED, LocalDate.now()).forms(count), services.clock().instant());
        }
    }
}
