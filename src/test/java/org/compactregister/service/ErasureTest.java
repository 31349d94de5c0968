package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.compactregister.io.RegisterBackup;
import org.compactregister.list.SignatoryList;
import org.compactregister.list.SignatoryListKind;
import org.compactregister.list.SignatoryListService;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.model.StaffMember;
import org.compactregister.scan.ScanService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Erasure leaves the public fact and nothing personal: not in a table, the file's bytes, or the next backup. */
class ErasureTest {

    static final String NAME = "Zephyrine Quortleby";
    static final String EMAIL = "zephyrine.quortleby@example.org";
    static final String STREET = "17 Brackenbury Wynd";
    static final String ORGANISATION = "Thistlecombe Riverside Forum";

    @TempDir
    Path dir;

    @Test
    void erasedDataIsInNoTableNoFileByteAndNoLaterBackupWhileThePublicFactStays() throws IOException {
        Path register = dir.resolve("register");
        Path backup = dir.resolve("after.zip");
        long id;
        String telephone;
        try (Services services = Services.open(register, RegisterServiceTest.CLOCK, new StaffMember("a.mensah"))) {
            Signatory kept = ErasureTestData.fullyUsed(services, dir, "Idris Pennywhistle", "idris@example.org", "Larkspur Allotment Society");
            Signatory signatory = ErasureTestData.fullyUsed(services, dir, NAME, EMAIL, ORGANISATION);
            id = signatory.id();
            telephone = signatory.form().telephone();
            assertTrue(databaseText(services).contains(NAME), "before erasure the name is held");

            Signatory erased = new ErasureService(services).erase(id, "on request");

            assertEquals(ORGANISATION, erased.organisation());
            assertEquals(signatory.form().dateSigned(), erased.form().dateSigned());
            assertEquals(signatory.status(), erased.status());
            assertEquals(signatory.acknowledgedOn(), erased.acknowledgedOn());
            assertEquals("", erased.signatoryName());
            String tables = databaseText(services);
            for (String gone : List.of(NAME, EMAIL, STREET, telephone, "Quortleby", "zephyrine-quortleby-form.pdf")) {
                assertFalse(tables.contains(gone), gone + " is still in a table");
            }
            assertTrue(tables.contains("Idris Pennywhistle"), "the other signatory is untouched");
            assertEquals(0, new ScanService(services).count(id));
            assertEquals(0, services.register().search(RegisterQuery.everything().withSearchText("quortleby")).totalMatching());
            assertEquals(1, services.register().search(RegisterQuery.everything().withSearchText("thistlecombe")).totalMatching());
            AuditEntry entry = services.audit().about(id).get(0);
            assertEquals(AuditAction.ERASED, entry.action());
            assertTrue(entry.summary().contains("erased on request by a.mensah, on 29/11/2026"), entry.summary());
            assertTrue(services.audit().about(kept.id()).stream().flatMap(e -> e.changes().stream())
                    .anyMatch(c -> "Idris Pennywhistle".equals(c.newValue())), "the other's trail keeps its values");
            String publicList = new String(csv(services), StandardCharsets.UTF_8);
            assertTrue(publicList.contains(ORGANISATION), "the organisation still prints on the public list");
            new RegisterBackup(services).backUp(backup);
        }
        byte[] file = Files.readAllBytes(dir.resolve("register.mv.db"));
        byte[] backupFile = unzipped(backup);
        for (byte[] bytes : List.of(file, backupFile)) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String gone : List.of(NAME, EMAIL, STREET, telephone, "Quortleby")) {
                assertFalse(text.contains(gone), gone + " is still in the file's bytes");
            }
            assertTrue(text.contains(ORGANISATION), "the bytes are readable as text: the organisation is there");
        }
        try (Services again = Services.open(register, RegisterServiceTest.CLOCK)) {
            assertThrows(RefusedException.class, () -> new ErasureService(again).erase(id, "on request"),
                    "erasing twice is refused with the date");
        }
    }

    @Test
    void restoringABackupTakenBeforeTheErasureErasesAgainAndSaysSo() {
        Path register = dir.resolve("register");
        Path before = dir.resolve("before.zip");
        long id;
        try (Services services = Services.open(register, RegisterServiceTest.CLOCK)) {
            id = ErasureTestData.fullyUsed(services, dir, NAME, EMAIL, ORGANISATION).id();
            new RegisterBackup(services).backUp(before);
            new ErasureService(services).erase(id, "on request");
        }
        var restored = RegisterBackup.restore(register, before);
        assertEquals(List.of(Signatory.referenceOf(id)), restored.erasedAgain());
        assertTrue(restored.erasedAgainNote().contains("erased again"), restored.erasedAgainNote());
        try (Services services = Services.open(register, RegisterServiceTest.CLOCK)) {
            assertEquals("", services.register().find(id).orElseThrow().signatoryName());
            assertFalse(databaseText(services).contains(NAME));
            List<AuditAction> actions = services.audit().find(org.compactregister.model.AuditFilter.everything())
                    .stream().map(AuditEntry::action).toList();
            assertEquals(AuditAction.ERASED, actions.get(0));
            assertEquals(AuditAction.RESTORED, actions.get(1));
        }
        assertFalse(new String(readQuietly(dir.resolve("register.mv.db")), StandardCharsets.ISO_8859_1).contains(NAME));
    }

    /** Every row of every table, as H2's SCRIPT writes it. */
    static String databaseText(Services services) {
        return RegisterText.of(services);
    }

    private static byte[] csv(Services services) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SignatoryListService(services).writeCsv(new SignatoryList(SignatoryListKind.PUBLIC, null, null), out,
                Progress.NONE);
        return out.toByteArray();
    }

    private static byte[] unzipped(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db") || entry.getName().equals("script.sql")) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no register in the backup");
    }

    private static byte[] readQuietly(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
