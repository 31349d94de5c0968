package org.compactregister.scan;

import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.model.StaffMember;
import org.compactregister.model.RegisterLocation;
import org.compactregister.service.Services;

/**
 * A member of staff attaching one scan, run in a JVM of its own by the shared register's tests (which
 * kill it part-way): opens the register at {@code args[0]}, prints "uploading", attaches the file
 * {@code args[2]} to signatory {@code args[1]}, prints "attached".
 */
public final class UploadingClient {

    private UploadingClient() {
    }

    public static void main(String[] args) {
        try (Services services = Services.open(RegisterLocation.parse(args[0]), Clock.systemDefaultZone(),
                new StaffMember("uploader"))) {
            services.settings().put(ScanService.MAX_MEGABYTES, "200");
            System.out.println("uploading");
            System.out.flush();
            new ScanService(services).attachOne(Long.parseLong(args[1]), Path.of(args[2]));
            System.out.println("attached");
        }
    }
}
