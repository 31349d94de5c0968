package org.compactregister.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.compactregister.form.FormService;
import org.compactregister.io.RegisterCsvExport;
import org.compactregister.letter.LetterService;
import org.compactregister.model.LetterTemplate;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.ScanMediaType;
import org.compactregister.model.Signatory;
import org.compactregister.model.SubjectAccessRequest;
import org.compactregister.model.Withdrawal;
import org.compactregister.persistence.NewScan;
import org.compactregister.persistence.ScanRepository;
import org.compactregister.privacy.SubjectAccessService;

/** Registers with something in every table, to move, and the ways to compare two of them. */
public final class MovedRegisters {

    private MovedRegisters() {
    }

    /**
     * Fills {@code services}' register with {@code sample} sample signatories and, besides them,
     * signatories of every kind: used in full (edited, a real PDF scan, a letter sent), acknowledged,
     * withdrawn, erased; a subject access request, blank forms, a saved letter template, a setting;
     * then {@code scans} binary scans of 1 KB to 300 KB spread over the sample signatories.
     */
    public static void fill(Services services, Path dir, int sample, int scans) throws Exception {
        services.sampleData().fillEmptyRegister(sample);
        Signatory used = ErasureTestData.fullyUsed(services, dir.resolve("files"), "Idris Pennywhistle",
                "idris@example.org", "Larkspur Allotment Society");
        Signatory erased = ErasureTestData.fullyUsed(services, dir.resolve("files"), "Zephyrine Quortleby",
                "zephyrine@example.org", "Quortleby Bell Ringers");
        RegisterService register = services.register();
        List<Signatory> all = register.search(RegisterQuery.everything()).signatories();
        register.markAcknowledged(List.of(all.get(0).id(), used.id()), LocalDate.of(2026, 11, 2));
        register.withdraw(register.find(all.get(1).id()).orElseThrow(),
                new Withdrawal(LocalDate.of(2026, 11, 3), "The group wound up"));
        new ErasureService(services).erase(erased.id(), "asked by phone");
        new SubjectAccessService(services).log(new SubjectAccessRequest(0, "Idris Pennywhistle",
                List.of(used.reference()), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2), null, "t.move"));
        new FormService(services).newBlankForms(3);
        LetterService letters = new LetterService(services);
        LetterTemplate t = letters.currentTemplate();
        letters.saveTemplate(new LetterTemplate(t.version(), t.senderName(), t.senderAddress(), t.senderPhone(),
                t.senderEmail(), t.logo(), "Your Compact commitment", t.body(), t.noNameGreeting(),
                t.signatureName(), t.signatureRole()));
        services.settings().put("scan.max.megabytes", "40");
        addScans(services, all, scans, 300_000);
    }

    /** Stores {@code count} scans of random bytes (1 KB to {@code maxBytes}) on the signatories, round robin. */
    public static void addScans(Services services, List<Signatory> on, int count, int maxBytes) throws Exception {
        ScanRepository repository = new ScanRepository(services.database().jdbi());
        Random random = new Random(12);
        for (int i = 0; i < count; i++) {
            byte[] content = new byte[1_000 + random.nextInt(maxBytes - 1_000)];
            random.nextBytes(content);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            repository.add(new NewScan(on.get(i % on.size()).id(), "scan-" + i + ".pdf", ScanMediaType.PDF,
                    content.length, sha, 1, services.clock().instant(), new byte[] {(byte) i, 2, 3}),
                    new ByteArrayInputStream(content), () -> { });
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return bytes == null ? "null"
                    : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first line where {@code a} and {@code b} differ (cut to 300 characters), or "" when equal. */
    public static String firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "(none)";
            String right = i < b.size() ? b.get(i) : "(none)";
            if (!left.equals(right)) {
                return "line " + i + ": " + left.substring(0, Math.min(300, left.length())) + "\n  against "
                        + right.substring(0, Math.min(300, right.length()));
            }
        }
        return "";
    }

    /** The register as CSV (io.RegisterCsvExport), as the office would export it. */
    public static String csv(Services services, Path dir, String name) throws Exception {
        Path out = dir.resolve(name);
        new RegisterCsvExport(services).export(out, Progress.NONE);
        return Files.readString(out);
    }

    /** Every scan's bytes by scan id, as SHA-256. */
    public static Map<Long, String> scanDigests(Services services) throws Exception {
        ScanRepository repository = new ScanRepository(services.database().jdbi());
        List<Long> ids = services.database().jdbi().withHandle(h ->
                h.createQuery("SELECT id FROM scan ORDER BY id").mapTo(Long.class).list());
        Map<Long, String> digests = new LinkedHashMap<>();
        for (long id : ids) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            repository.copyContent(id, out);
            digests.put(id, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray())));
        }
        return digests;
    }

    /**
     * Every row of every table but Flyway's, as text, table by table in key order; the entries of
     * {@code skipAction} in the audit trail left out (the move's own entry on the new register).
     */
    public static List<String> rows(Services services, String skipAction) throws java.sql.SQLException {
        return services.database().jdbi().withHandle(h -> {
            List<String> lines = new ArrayList<>();
            List<String> tables = h.createQuery("SELECT table_name FROM information_schema.tables WHERE "
                    + "LOWER(table_schema) = 'public' AND LOWER(table_name) <> 'flyway_schema_history' "
                    + "ORDER BY 1").mapTo(String.class).list();
            for (String table : tables) {
                try (var statement = h.getConnection().createStatement();
                     ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder(table.toLowerCase());
                        for (int i = 1; i <= columns; i++) {
                            int type = rs.getMetaData().getColumnType(i);
                            boolean binary = type == java.sql.Types.BLOB || type == java.sql.Types.VARBINARY
                                    || type == java.sql.Types.BINARY || type == java.sql.Types.LONGVARBINARY;
                            line.append(" | ").append(binary ? digest(rs.getBytes(i)) : rs.getString(i));
                        }
                        if (skipAction == null || !line.toString().contains("| " + skipAction + " |")) {
                            lines.add(line.toString());
                        }
                    }
                }
            }
            return lines;
        });
    }
}
