package org.compactregister.io;

import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;

/**
 * Run in a separate JVM by {@link ImportKilledTest}: imports a CSV file, printing "entered N" as
 * rows go into the open transaction, so the test can kill it part-way.
 */
public final class ImportUntilKilled {

    private ImportUntilKilled() {
    }

    public static void main(String[] args) {
        try (Services services = Services.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            ImportReport report = new CsvImportService(services).importFile(Path.of(args[1]), false, new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    if (total > 0) {
                        System.out.println("entered " + done);
                        System.out.flush();
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            System.out.println("finished " + report.imported());
        }
    }
}
