package org.compactregister.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.service.Services;

/**
 * Attaches a scanned-form PDF of about 100 MB to the first signatory of an existing register, for
 * looking at the window with a small heap ({@code -Xmx256m}) on a large register:
 * {@code BigScanOnRegister /tmp/big/register}.
 */
public final class BigScanOnRegister {

    private BigScanOnRegister() {
    }

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        Path pdf = ScanAttachBenchmark.scannedPdf(Files.createTempDirectory("big-scan").resolve("100 MB scan.pdf"),
                100L * 1024 * 1024, 1000, 1240, 1754);
        try (Services services = Services.open(database, Clock.systemDefaultZone())) {
            services.settings().put(ScanService.MAX_MEGABYTES, "200");
            long first = services.database().jdbi().withHandle(handle -> handle
                    .createQuery("SELECT MIN(id) FROM signatory").mapTo(Long.class).one());
            AttachReport report = new ScanService(services).attachOne(first, pdf);
            System.out.println(report + " (" + Files.size(pdf) + " bytes) to signatory " + first);
        }
    }
}
