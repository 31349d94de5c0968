package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.compactregister.model.Address;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.StaffMember;
import org.compactregister.model.RegisterLocation;
import org.compactregister.persistence.TestPostgres;
import org.compactregister.scan.ScanService;
import org.compactregister.scan.UploadingClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client killed ({@code kill -9}) while the server is in the middle of its save, or of its scan
 * upload, leaves the shared register with all of that change or none of it: the test watches the
 * server's own list of sessions and kills the client the moment its save or upload is under way.
 */
class ClientKilledOnServerTest {

    @TempDir
    Path dir;

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static Signatory enter(Services services, int i) {
        LocalDate signed = LocalDate.of(2026, 10, 1);
        return ((SaveOutcome.Saved) services.register().register(new CommitmentForm("Person " + i, signed,
                "Killed Client Trust " + (char) ('A' + i), new Address("1 High Street", "", "Leicester", "LE1 1AA"),
                "0116 496 0000", "", Sector.VOLUNTARY_AND_COMMUNITY, signed.plusDays(1), HowReceived.POST, ""), true))
                .signatory();
    }

    /** Waits until the client's session on the server is inside a transaction doing {@code what}; false if it ended. */
    private static boolean waitUntilServerIsInside(RegisterLocation.Server db, Process client, String what)
            throws Exception {
        try (Connection watch = TestPostgres.connect(db); PreparedStatement sessions = watch.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid() "
                        + "AND xact_start IS NOT NULL AND application_name = 'Compact Register' AND query ILIKE ?")) {
            sessions.setString(1, db.database());
            sessions.setString(2, "%" + what + "%");
            long end = System.nanoTime() + 120_000_000_000L;
            while (client.isAlive() && System.nanoTime() < end) {
                try (ResultSet rs = sessions.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    @Test
    void aClientKilledInTheMiddleOfSavesLeavesEachSaveWholeOrAbsent() throws Exception {
        RegisterLocation.Server db = TestPostgres.freshDatabase();
        try (Services services = Services.open(db, Clock.systemDefaultZone(), new StaffMember("setup"))) {
            for (int i = 0; i < 3; i++) {
                enter(services, i);
            }
        }
        int killedInside = 0;
        for (int round = 0; round < 3; round++) {
            Process client = new ProcessBuilder(JAVA, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    EditingClient.class.getName(), FourClientsTest.address(db), "staff" + round, "100000", "3",
                    String.valueOf(round), dir.resolve("edits" + round + ".txt").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("edits" + round + ".log").toFile()).start();
            Path log = dir.resolve("edits" + round + ".log");
            String after = "saving " + 100 * (round + 1) + "\n";
            long end = System.nanoTime() + 120_000_000_000L;
            while (client.isAlive() && System.nanoTime() < end
                    && !(Files.exists(log) && Files.readString(log).contains(after))) {
                Thread.sleep(10);
            }
            if (waitUntilServerIsInside(db, client, "audit_change")) {
                client.destroyForcibly();
                killedInside++;
            }
            client.destroyForcibly();
            assertTrue(client.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(3, killedInside, "each client was killed while the server was inside its save");

        try (Services services = Services.open(db, Clock.systemDefaultZone(), new StaffMember("check"))) {
            var edits = services.audit().find(AuditFilter.everything()).stream()
                    .filter(e -> e.action() == AuditAction.EDITED).toList();
            assertTrue(edits.size() > 3, "the clients did save before they were killed");
            for (long id = 1; id <= 3; id++) {
                long signatory = id;
                Signatory now = services.register().find(id).orElseThrow();
                assertEquals(now.version() - 1, edits.stream().filter(e -> e.signatoryId() == signatory).count(),
                        "every version of " + id + " has its audit entry, and no entry is without its version");
            }
            Signatory one = services.register().find(1).orElseThrow();
            saved(services.register().update(one, one.form().withContact("0116 496 9999", ""), false));
        }
    }

    @Test
    void aClientKilledInTheMiddleOfAScanUploadLeavesAllOfItOrNone() throws Exception {
        RegisterLocation.Server db = TestPostgres.freshDatabase();
        try (Services services = Services.open(db, Clock.systemDefaultZone(), new StaffMember("setup"))) {
            enter(services, 0);
        }
        Path scan = noise(dir.resolve("big-scan.png"), 3000, 2600);
        assertTrue(Files.size(scan) > 20_000_000, "a scan large enough to take a while to send: " + Files.size(scan));
        Process client = new ProcessBuilder(JAVA, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                UploadingClient.class.getName(), FourClientsTest.address(db), "1", scan.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("upload.log").toFile()).start();
        boolean inside = waitUntilServerIsInside(db, client, "INSERT INTO scan");
        client.destroyForcibly();
        assertTrue(client.waitFor(60, TimeUnit.SECONDS));
        assertTrue(inside, "the client was killed while the server received its scan: "
                + Files.readString(dir.resolve("upload.log")));

        try (Services services = Services.open(db, Clock.systemDefaultZone(), new StaffMember("check"))) {
            ScanService scans = new ScanService(services);
            int kept = scans.count(1);
            long entries = services.audit().find(AuditFilter.everything()).stream()
                    .filter(e -> e.action() == AuditAction.SCAN_ATTACHED).count();
            assertEquals(kept, entries, "a scan is there with its audit entry, or neither");
            assertEquals(0, kept, "killed before it committed: none of it");
            try (Connection raw = TestPostgres.connect(db); var count = raw.createStatement()
                    .executeQuery("SELECT count(*) FROM scan")) {
                count.next();
                assertEquals(0, count.getInt(1), "no part of the scan is left on the server");
            }

            scans.attachOne(1, scan);
            var listed = scans.list(1);
            assertEquals(1, listed.size(), "the same scan attaches whole afterwards");
            Path copy = dir.resolve("copy.png");
            scans.saveCopy(listed.get(0).scan(), copy);
            assertEquals(sha256(scan), sha256(copy));
        }
    }

    private static Signatory saved(SaveOutcome outcome) {
        return ((SaveOutcome.Saved) outcome).signatory();
    }

    private static Path noise(Path file, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
