package org.compactregister.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.compactregister.model.Engine;
import org.compactregister.model.RegisterLocation;
import org.compactregister.model.Scan;
import org.compactregister.model.ScanMediaType;
import org.compactregister.persistence.Engines;
import org.compactregister.persistence.RegisterDatabase;
import org.compactregister.service.Progress;
import org.compactregister.service.Services;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A register made before BMP and GIF scans were kept (schema version 9, whose check allowed only
 * PDF, PNG, JPEG, TIFF and WebP) takes a BMP and a GIF scan once this version has opened it, on
 * both engines.
 */
class BmpScanMigrationTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ArgumentsSource(Engines.class)
    void anExistingRegisterOpenedByThisVersionKeepsABmpAndAGifScan(Engine engine) throws SQLException, IOException {
        RegisterLocation location = Engines.register(engine, dir);
        String url = location instanceof RegisterLocation.Server server ? server.jdbcUrl()
                : "jdbc:h2:file:" + dir.resolve("register").toAbsolutePath();
        String user = location instanceof RegisterLocation.Server server ? server.userOrDefault() : "register";
        Flyway.configure().dataSource(url, user, "").locations(RegisterDatabase.migrationLocations(engine))
                .target("9").load().migrate();
        long id;
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO signatory (signatory_name, date_signed, organisation, organisation_key, "
                    + "created_at, updated_at) VALUES ('Ada Example', DATE '2025-01-10', 'Example Tenants Group', "
                    + "'example tenants group', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            try (ResultSet rs = statement.executeQuery("SELECT id FROM signatory")) {
                rs.next();
                id = rs.getLong(1);
            }
            SQLException refused = assertThrows(SQLException.class, () -> insertBmpRow(connection),
                    "version 9 refuses a BMP scan");
            assertTrue(refused.getMessage().toLowerCase(Locale.ROOT).contains("scan_media_type_known"), refused.getMessage());
        }
        Path bmp = dir.resolve("Image.bmp");
        Path gif = dir.resolve("scan.gif");
        ImageIO.write(ScanFiles.page(850, 1100, "Commitment form"), "bmp", bmp.toFile());
        ImageIO.write(ScanFiles.page(850, 1100, "Commitment form"), "gif", gif.toFile());

        try (Services services = ScanTestRegister.open(location)) {
            ScanService scans = new ScanService(services);
            AttachReport report = scans.attach(id, List.of(bmp, gif), Progress.NONE);

            assertEquals(List.of(), report.refused());
            assertEquals(List.of(ScanMediaType.BMP, ScanMediaType.GIF),
                    scans.list(id).stream().map(listing -> listing.scan().mediaType()).sorted().toList());
            Scan kept = report.attached().get(0);
            try (ScanPages pages = scans.openPages(kept)) {
                assertEquals(850, pages.naturalWidth(0));
            }
        }
        try (Services services = ScanTestRegister.open(location)) {
            assertEquals(2, new ScanService(services).count(id), "still kept when the register is opened again");
        }
        assertEquals(true, Files.exists(bmp), "the scan file itself is left where it was");
    }

    private static void insertBmpRow(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scan (signatory_id, file_name, "
                + "media_type, size_bytes, sha256, page_count, attached_at, content) SELECT id, 'old.bmp', 'BMP', 3, ?, 1, "
                + "CURRENT_TIMESTAMP, ? FROM signatory")) {
            insert.setString(1, "0".repeat(64));
            insert.setBytes(2, new byte[] {1, 2, 3});
            insert.executeUpdate();
        }
    }
}
