package org.compactregister.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compactregister.model.Signatory;
import org.compactregister.service.Progress;
import org.compactregister.service.RegisterService;
import org.compactregister.service.SampleDataService;
import org.compactregister.service.Services;

/**
 * Fills a register for looking at the scans screens: sample signatories, scans on the first one,
 * and an inbox folder with waiting scans (good and bad). Run on purpose:
 * {@code java -cp ... org.compactregister.scan.ScanDemoData /tmp/scans-demo}.
 */
public final class ScanDemoData {

    private ScanDemoData() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/scans-demo");
        Path files = Files.createDirectories(dir.resolve("files"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (Services services = Services.open(dir.resolve("register"), java.time.Clock.systemDefaultZone())) {
            if (services.register().count() == 0) {
                services.sampleData().fillEmptyRegister(SampleDataService.DEFAULT_COUNT);
            }
            RegisterService register = services.register();
            Signatory first = register.search(org.compactregister.model.RegisterQuery.everything()).signatories().get(0);
            ScanService scans = new ScanService(services);
            scans.attach(first.id(), List.of(
                    ScanFiles.pdf(files.resolve("Commitment form signed.pdf"), 3),
                    ScanFiles.multiPageTiff(files.resolve("scanner-0042.tif"), 2),
                    ScanFiles.image(files.resolve("covering letter.jpg"), "jpeg", 1240, 1754)), Progress.NONE);
            ScanInbox scanInbox = new ScanInbox(services, scans);
            scanInbox.setFolder(inbox);
            ScanFiles.pdf(inbox.resolve("scan-2026-11-24-0901.pdf"), 2);
            ScanFiles.multiPageTiff(inbox.resolve("scan-2026-11-24-0903.tif"), 3);
            ScanFiles.image(inbox.resolve("scan-2026-11-24-0905.png"), "png", 1240, 1754);
            ScanFiles.textNamedPdf(inbox.resolve("scan-2026-11-24-0907.pdf"));
        }
    }
}
