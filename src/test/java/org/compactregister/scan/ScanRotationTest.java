package org.compactregister.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.compactregister.model.Scan;
import org.compactregister.model.Signatory;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How staff turned a scan to read it is kept with the scan, in the register file. */
class ScanRotationTest {

    @TempDir
    Path dir;

    @Test
    void aTurnIsKeptWithTheScanAcrossClosingTheRegisterAndTurnsItsThumbnail() throws IOException {
        Path form = ScanFiles.pdf(dir.resolve("sideways.pdf"), 2);
        Scan scan;
        try (Services services = ScanTestRegister.open(dir)) {
            ScanService scans = new ScanService(services);
            Signatory signatory = ScanTestRegister.addSignatory(services, 0);
            scan = scans.attachOne(signatory.id(), form).attached().get(0);
            assertEquals(0, scan.rotation(), "a new scan is as it came");

            Scan turned = scans.turn(scan, 90);

            assertEquals(90, turned.rotation());
        }
        try (Services services = ScanTestRegister.open(dir)) {
            ScanService scans = new ScanService(services);
            ScanListing listing = scans.list(scan.signatoryId()).get(0);
            assertEquals(90, listing.scan().rotation(), "still turned when the register is opened again");
            BufferedImage thumbnail = listing.thumbnail();
            assertTrue(thumbnail.getWidth() > thumbnail.getHeight(), "the A4 page's thumbnail lies on its side");
            assertEquals(ScanRenderer.THUMBNAIL_WIDTH, thumbnail.getHeight());

            scans.turn(listing.scan(), 270);
            assertEquals(270, scans.list(scan.signatoryId()).get(0).scan().rotation());
        }
    }

    @Test
    void onlyQuarterTurnsAreKeptAndARemovedScanCannotBeTurned() {
        try (Services services = ScanTestRegister.open(dir)) {
            ScanService scans = new ScanService(services);
            Signatory signatory = ScanTestRegister.addSignatory(services, 0);
            Scan scan = scans.attachOne(signatory.id(), ScanFiles.pdf(dir.resolve("form.pdf"), 1)).attached().get(0);

            assertThrows(IllegalArgumentException.class, () -> scans.turn(scan, 45));
            assertThrows(IllegalArgumentException.class, () -> scans.turn(scan, 360));
            assertEquals(0, scans.list(signatory.id()).get(0).scan().rotation());

            scans.remove(scan);
            RefusedException refused = assertThrows(RefusedException.class, () -> scans.turn(scan, 90));
            assertTrue(refused.getMessage().contains("no longer kept"), refused.getMessage());
        }
    }

    @Test
    void scansKeptBeforeTurnsWereRememberedOpenUnturnedAfterTheRegisterIsUpdated() throws SQLException, IOException {
        Path register = dir.resolve("register");
        String url = "jdbc:h2:file:" + register.toAbsolutePath();
        Flyway.configure().dataSource(url, "register", "").locations(org.compactregister.persistence.Engine.H2.migrationLocations()).target("3").load().migrate();
        Path form = ScanFiles.pdf(dir.resolve("old.pdf"), 1);
        try (Connection connection = DriverManager.getConnection(url, "register", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO signatory (signatory_name, date_signed, organisation, organisation_key, "
                        + "created_at, updated_at) VALUES ('Ada Example', DATE '2025-01-10', 'Example Tenants Group', "
                        + "'example tenants group', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scan (signatory_id, file_name, "
                    + "media_type, size_bytes, sha256, page_count, attached_at, content) SELECT id, 'old.pdf', 'PDF', ?, ?, 1, "
                    + "CURRENT_TIMESTAMP, ? FROM signatory")) {
                insert.setLong(1, Files.size(form));
                insert.setString(2, ScanInspector.sha256(form));
                insert.setBytes(3, Files.readAllBytes(form));
                assertEquals(1, insert.executeUpdate());
            }
        }

        try (Services services = Services.open(register, ScanTestRegister.CLOCK)) {
            ScanService scans = new ScanService(services);
            Scan old = scans.list(1).get(0).scan();
            assertEquals(0, old.rotation());
            assertEquals(180, scans.turn(old, 180).rotation());
            assertEquals(180, scans.list(1).get(0).scan().rotation());
        }
    }
}
