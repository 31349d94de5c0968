package org.compactregister.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.model.Withdrawal;
import org.compactregister.scan.ScanService;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.SampleSignatories;
import org.compactregister.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterBackupTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Path register() {
        return dir.resolve("office").resolve("register");
    }

    /** A register with signatories of every status and some settings. */
    private void fill(Services services) {
        services.sampleData().fillEmptyRegister(150);
        List<Signatory> some = services.register().search(RegisterQuery.everything().withLimit(10)).signatories();
        services.register().markAcknowledged(List.of(some.get(0).id(), some.get(1).id()), LocalDate.of(2026, 11, 2));
        Signatory leaving = services.register().find(some.get(2).id()).orElseThrow();
        services.register().withdraw(leaving, new Withdrawal(LocalDate.of(2026, 11, 20), "The group has closed."));
        services.settings().put("letter.signature", "Hannah Greenwood\nCompact Officer");
        try {
            BufferedImage page = new BufferedImage(300, 400,
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = page.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 300, 400);
            g.setColor(Color.BLACK);
            g.drawString("Signed commitment form", 20, 40);
            g.dispose();
            Path png = dir.resolve("form-scan.png");
            ImageIO.write(page, "png", png.toFile());
            var report = new ScanService(services).attach(some.get(3).id(), List.of(png),
                    Progress.NONE);
            assertEquals(1, report.attached().size(), report.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of every scan kept with the register, in order. */
    private static String scans(Services services) throws IOException {
        try {
            return scansOrFail(services);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String scansOrFail(Services services) throws IOException, NoSuchAlgorithmException {
        StringBuilder all = new StringBuilder();
        var scanService = new ScanService(services);
        for (Signatory signatory : services.register().search(RegisterQuery.everything().withLimit(100_000))
                .signatories()) {
            for (var listing : scanService.list(signatory.id())) {
                Path copy = Files.createTempFile("scan", ".bin");
                scanService.saveCopy(listing.scan(), copy);
                all.append(signatory.id()).append(':').append(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(copy))))
                        .append('\n');
                Files.delete(copy);
            }
        }
        return all.toString();
    }

    /** Everything a user could see of the register: every signatory, in full, and the settings used. */
    private static String everything(Services services) throws IOException {
        Path csv = Files.createTempFile("everything", ".csv");
        try {
            new RegisterCsvExport(services).export(csv, Progress.NONE);
            List<Signatory> all = services.register().search(RegisterQuery.everything().withLimit(100_000))
                    .signatories();
            String scans = scans(services);
            assertTrue(!scans.isEmpty(), "the register holds a scan");
            return Files.readString(csv) + all + services.settings().get("letter.signature") + scans;
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    @Test
    void aRestoredRegisterIsIdenticalToTheOneBackedUp() throws IOException {
        Path backup = dir.resolve("backups").resolve("monday.zip");
        String before;
        try (Services services = Services.open(register(), CLOCK)) {
            fill(services);
            before = everything(services);
            BackupSummary summary = new RegisterBackup(services).backUp(backup);
            assertEquals(150, summary.signatories());
            // the office carries on after the backup
            services.register().register(new SampleSignatories(99, LocalDate.of(2026, 11, 29)).forms(1).get(0), true);
            services.settings().put("letter.signature", "Someone else");
            services.register().delete(services.register().search(RegisterQuery.everything()).signatories().get(5));
        }

        BackupSummary inspected = RegisterBackup.inspect(backup);
        assertEquals(150, inspected.signatories());
        assertTrue(Math.abs(inspected.takenAt().toEpochMilli() - System.currentTimeMillis()) < 3_600_000,
                "the backup's date is when it was taken");

        BackupSummary restored = RegisterBackup.restore(register(), backup);
        assertEquals(150, restored.signatories());
        try (Services services = Services.open(register(), CLOCK)) {
            assertEquals(before, everything(services));
        }
        try (var files = Files.list(register().getParent())) {
            assertEquals(List.of("register.mv.db"), files.map(f -> f.getFileName().toString())
                            .filter(name -> !name.endsWith(".trace.db")).sorted().toList(),
                    "no temporary or old file is left beside the register");
        }
    }

    @Test
    void aBackupIsASmallCompressedScriptNotACopyOfTheFile() throws IOException {
        Path backup = dir.resolve("tuesday.zip");
        try (Services services = Services.open(register(), CLOCK)) {
            fill(services);
            new RegisterBackup(services).backUp(backup);
        }
        try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
            assertEquals(List.of("script.sql"), zip.stream().map(ZipEntry::getName).toList());
        }
        long registerBytes = Files.size(register().resolveSibling("register.mv.db"));
        assertTrue(Files.size(backup) * 4 < registerBytes,
                "a backup of " + Files.size(backup) + " bytes for a register file of " + registerBytes);
    }

    @Test
    void aBackupMadeByAnEarlierVersionHoldingTheDatabaseFileStillRestores() throws IOException, SQLException {
        Path backup = dir.resolve("backups").resolve("from-version-8.zip");
        Files.createDirectories(backup.getParent());
        String before;
        try (Services services = Services.open(register(), CLOCK)) {
            fill(services);
            before = everything(services);
        }
        // what version 8's Back up now… wrote: H2's BACKUP TO, a zip holding the database file itself
        String url = "jdbc:h2:file:" + register().toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "register", "");
             Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + backup.toAbsolutePath() + "'");
        }
        try (Services services = Services.open(register(), CLOCK)) {
            services.register().register(new SampleSignatories(98, LocalDate.of(2026, 11, 30)).forms(1).get(0), true);
        }

        assertEquals(150, RegisterBackup.restore(register(), backup).signatories());
        try (Services services = Services.open(register(), CLOCK)) {
            assertEquals(before, everything(services));
        }
    }

    @Test
    void closingCompactsARegisterThatBulkWritesHaveSwollenAndKeepsEveryRowAndScan() throws IOException {
        Path file = register().resolveSibling("register.mv.db");
        String before;
        long swollen;
        try (Services services = Services.open(register(), CLOCK)) {
            fill(services);
            for (var form : new SampleSignatories(41, LocalDate.of(2026, 11, 28)).forms(200)) {
                services.register().register(form, true);
            }
            before = everything(services);
            swollen = Files.size(file);
        }
        long closed = Files.size(file);
        assertTrue(closed * 2 < swollen, "closed at " + closed + " bytes from " + swollen);
        try (Services services = Services.open(register(), CLOCK)) {
            assertEquals(before, everything(services));
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of("register.mv.db"), files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("register")).filter(name -> !name.endsWith(".trace.db"))
                    .sorted().toList(), "the compacted copy took the register's place");
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheRegisterIsUntouched() throws IOException {
        try (Services services = Services.open(register(), CLOCK)) {
            fill(services);
        }
        byte[] registerBefore = Files.readAllBytes(register().resolveSibling("register.mv.db"));

        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip at all");
        Path otherZip = dir.resolve("photos.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            zip.putNextEntry(new ZipEntry("holiday.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }
        Path otherDatabase = dir.resolve("other.zip");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("other/db"), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE stock (id INT)");
            statement.execute("BACKUP TO '" + otherDatabase + "'");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }

        for (Path notOurs : List.of(text, otherZip, otherDatabase)) {
            RefusedException refused = assertThrows(RefusedException.class,
                    () -> RegisterBackup.restore(register(), notOurs), notOurs.toString());
            assertTrue(refused.getMessage().contains("The register was left as it was"), refused.getMessage());
            assertThrows(RefusedException.class, () -> RegisterBackup.inspect(notOurs));
        }
        assertArrayEquals(registerBefore, Files.readAllBytes(register().resolveSibling("register.mv.db")));
    }

    @Test
    void aTruncatedBackupIsRefusedAndTheRegisterIsUntouched() throws IOException {
        Path backup = dir.resolve("full.zip");
        try (Services services = Services.open(register(), CLOCK)) {
            fill(services);
            new RegisterBackup(services).backUp(backup);
            services.register().register(new SampleSignatories(5, LocalDate.of(2026, 11, 29)).forms(1).get(0), true);
        }
        byte[] registerBefore = Files.readAllBytes(register().resolveSibling("register.mv.db"));
        byte[] whole = Files.readAllBytes(backup);
        for (int length : new int[] {whole.length / 3, whole.length - 30}) {
            Path cut = Files.write(dir.resolve("cut-" + length + ".zip"), Arrays.copyOf(whole, length));
            RefusedException refused = assertThrows(RefusedException.class,
                    () -> RegisterBackup.restore(register(), cut));
            assertTrue(refused.getMessage().contains("left as it was"), refused.getMessage());
        }
        assertArrayEquals(registerBefore, Files.readAllBytes(register().resolveSibling("register.mv.db")));
        try (Services services = Services.open(register(), CLOCK)) {
            assertEquals(151, services.register().count());
        }
    }

    @Test
    void automaticBackupsAreOnByDefaultBesideTheRegister() throws IOException {
        Path file;
        BackupSummary summary;
        try (Services services = Services.open(register(), CLOCK)) {
            services.sampleData().fillEmptyRegister(12);
            file = services.databaseFile();
            AutomaticBackups backups = new AutomaticBackups(services);
            assertEquals(Optional.of(file.resolveSibling("backups")), backups.folder());
            summary = backups.runIfEnabled().orElseThrow(() -> new AssertionError("on without being set up"));
        }
        assertEquals(file.resolveSibling("backups"), summary.file().getParent());
        assertEquals(Optional.of(summary.file()), AutomaticBackups.latestIn(AutomaticBackups.defaultFolderFor(file)));
        assertEquals(12, RegisterBackup.inspect(summary.file()).signatories());
    }

    @Test
    void automaticBackupsKeepTheNewestFew() throws IOException {
        Path folder = dir.resolve("auto");
        Files.createDirectories(folder);
        Path unrelated = Files.writeString(folder.resolve("register-backup-notes.txt"), "keep me");
        for (int day = 1; day <= 4; day++) {
            Files.writeString(folder.resolve(String.format("register-backup-2026-11-0%d-090000.zip", day)), "old");
        }
        try (Services services = Services.open(register(), CLOCK)) {
            AutomaticBackups backups = new AutomaticBackups(services);
            backups.configure(null, 3);
            assertTrue(backups.runIfEnabled().isEmpty(), "turned off, none is taken");
            backups.configure(folder, 3);
            assertEquals(3, backups.keep());
            BackupSummary summary = backups.runIfEnabled().orElseThrow();
            assertTrue(summary.file().getFileName().toString().startsWith("register-backup-2026-11-29-"));
            List<Path> left = AutomaticBackups.backupsIn(folder);
            assertEquals(3, left.size());
            assertEquals(summary.file(), left.get(2));
            assertEquals("register-backup-2026-11-03-090000.zip", left.get(0).getFileName().toString());
            assertTrue(Files.exists(unrelated), "only the app's own backups are ever deleted");
            assertThrows(RefusedException.class, () -> backups.configure(folder, 0));
        }
    }
}
