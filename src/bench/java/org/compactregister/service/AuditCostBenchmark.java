package org.compactregister.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.CommitmentForm;
import org.compactregister.persistence.SignatoryIds;
import org.compactregister.persistence.SignatoryRepository;

/**
 * What the audit trail costs a bulk entry (an import's commit): the same forms entered into a fresh
 * register raw ({@link SignatoryRepository#addAll}, no audit entry) and the way the import now does
 * it (the same call inside {@link AuditTrail#record}, reading back the rows added and writing one
 * entry with a line per row). Medians of several runs, each on a new register file, and the ratio.
 *
 * <p>Run on purpose (surefire skips it):
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.compactregister.service.AuditCostBenchmark [count] [runs]
 * </pre>
 */
public final class AuditCostBenchmark {

    private AuditCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<CommitmentForm> forms = new SampleSignatories(7L, LocalDate.now()).forms(count);
        Path dir = Files.createTempDirectory("audit-cost");
        List<Long> raw = new ArrayList<>();
        List<Long> audited = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            long rawMillis = time(dir.resolve("raw" + run), services -> new SignatoryRepository(
                    services.database().jdbi()).addAll(forms, services.clock().instant()));
            long auditedMillis = time(dir.resolve("audited" + run), services -> {
                SignatoryRepository repository = new SignatoryRepository(services.database().jdbi());
                SignatoryIds ids = new SignatoryIds(services.database().jdbi());
                long before = ids.highest();
                services.audit().record(() -> {
                    repository.addAll(forms, services.clock().instant());
                    return ids.above(before);
                }, added -> new AuditDraft(AuditAction.IMPORTED, null, "Imported", AuditTrail.rows(added)));
            });
            if (run > 0) {
                raw.add(rawMillis);
                audited.add(auditedMillis);
            }
        }
        long rawMedian = median(raw);
        long auditedMedian = median(audited);
        System.out.printf("%,d signatories in one transaction, median of %d runs:%n", count, runs);
        System.out.printf("  raw addAll, no audit entry:        %,6d ms%n", rawMedian);
        System.out.printf("  as the import does, with its entry: %,6d ms  (%.2f x raw)%n", auditedMedian,
                (double) auditedMedian / rawMedian);
    }

    private interface Work {
        void run(Services services) throws Exception;
    }

    private static long time(Path register, Work work) throws Exception {
        try (Services services = Services.open(register.resolve("register"), Clock.systemDefaultZone())) {
            long start = System.nanoTime();
            work.run(services);
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
