package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compactregister.io.BackupSummary;
import org.compactregister.io.RegisterBackup;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.model.StaffMember;
import org.compactregister.persistence.EncryptedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A register password: the file and its backups are encrypted, and open only with the password. */
class RegisterPasswordTest {

    static final String NAME = "Zephyrine Quortleby";
    static final String OTHER = "Idris Pennywhistle";
    static final RegisterPassword FIRST = RegisterPassword.of("kettle on at nine");
    static final RegisterPassword SECOND = RegisterPassword.of("blue door, third step");
    static final StaffMember STAFF = new StaffMember("a.mensah");

    @TempDir
    Path dir;

    private Path register() {
        return dir.resolve("register");
    }

    private Path file() {
        return dir.resolve("register.mv.db");
    }

    /** A register with two signatories (scans, letters, edits), then given the password FIRST. */
    private void lockedRegister() {
        Services services = Services.open(register(), ErasureTestData.CLOCK, STAFF);
        ErasureTestData.fullyUsed(services, dir.resolve("scans"), NAME, "zq@example.org", "Thistlecombe Forum");
        ErasureTestData.fullyUsed(services, dir.resolve("scans"), OTHER, "ip@example.org", "Larkspur Society");
        new RegisterPasswords(services).set(FIRST, FIRST).close();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void theFileHoldsNoSignatorysNameInClearAndOpensOnlyWithThePassword() throws IOException {
        lockedRegister();
        String bytes = text(Files.readAllBytes(file()));
        for (String clear : List.of(NAME, "Quortleby", OTHER, "Thistlecombe", "zq@example.org", "CREATE TABLE")) {
            assertFalse(bytes.contains(clear), clear + " is in the file's bytes in clear");
        }
        assertTrue(text(EncryptedFiles.decryptedBytes(file(), FIRST, dir.resolve("check"))).contains("Thistlecombe"),
                "decrypted with the key, the register is there");
        assertTrue(Services.hasPassword(register()));
        RegisterPasswordException needed = assertThrows(RegisterPasswordException.class,
                () -> Services.open(register(), ErasureTestData.CLOCK));
        assertEquals(RegisterPasswordException.Why.NEEDED, needed.why());
        try (Services services = Services.open(register(), ErasureTestData.CLOCK, STAFF, FIRST)) {
            assertEquals(2, services.register().count());
            assertTrue(new RegisterPasswords(services).hasPassword());
            AuditEntry entry = services.audit().find(AuditFilter.everything()).get(0);
            assertEquals(AuditAction.PASSWORD_CHANGED, entry.action());
            assertEquals("Register password set", entry.summary());
            assertFalse(entry.toString().contains("kettle"), "the audit entry holds no secret");
        }
        String keyFile = Files.readString(dir.resolve("register.key.properties"));
        assertTrue(keyFile.contains("iterations=600000"), keyFile);
        assertFalse(keyFile.contains("kettle"), keyFile);
    }

    @Test
    void aWrongPasswordIsRefusedAndTheFileIsNotTouched() throws IOException {
        lockedRegister();
        byte[] before = Files.readAllBytes(file());
        String keysBefore = Files.readString(dir.resolve("register.key.properties"));
        for (int i = 0; i < 3; i++) {
            RegisterPasswordException wrong = assertThrows(RegisterPasswordException.class,
                    () -> Services.open(register(), ErasureTestData.CLOCK, STAFF, RegisterPassword.of("kettle on at ten")));
            assertEquals(RegisterPasswordException.Why.WRONG, wrong.why());
            assertTrue(wrong.getMessage().contains("not the password"), wrong.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file()), "a wrong password leaves every byte as it was");
        assertEquals(keysBefore, Files.readString(dir.resolve("register.key.properties")));
        assertEquals(List.of("register.key.properties", "register.mv.db", "scans"), names(dir));
        try (Services services = Services.open(register(), ErasureTestData.CLOCK, STAFF, FIRST)) {
            assertEquals(2, services.register().count());
        }
    }

    @Test
    void afterAChangeOnlyTheNewPasswordOpensItAndRemovingItDecryptsTheFile() throws IOException {
        lockedRegister();
        Services services = Services.open(register(), ErasureTestData.CLOCK, STAFF, FIRST);
        RegisterPasswords passwords = new RegisterPasswords(services);
        assertThrows(RegisterPasswordException.class, () -> passwords.change(SECOND, FIRST, FIRST),
                "the current password must be right");
        assertThrows(RefusedException.class, () -> passwords.change(FIRST, SECOND, RegisterPassword.of("blue door")),
                "the new one typed twice the same");
        assertThrows(RefusedException.class, () -> passwords.change(FIRST, RegisterPassword.of("short"),
                RegisterPassword.of("short")));
        services = passwords.change(FIRST, SECOND, SECOND);
        assertEquals(2, services.register().count());
        services.close();
        assertThrows(RegisterPasswordException.class,
                () -> Services.open(register(), ErasureTestData.CLOCK, STAFF, FIRST), "the old password no longer opens it");
        services = Services.open(register(), ErasureTestData.CLOCK, STAFF, SECOND);
        assertEquals(List.of("Register password changed", "Register password set"), passwordEntries(services));
        services = new RegisterPasswords(services).remove(SECOND);
        assertEquals(List.of("Register password removed", "Register password changed", "Register password set"),
                passwordEntries(services));
        services.close();
        assertFalse(Files.exists(dir.resolve("register.key.properties")));
        assertFalse(Services.hasPassword(register()));
        assertTrue(text(Files.readAllBytes(file())).contains("Thistlecombe"), "without a password the file is plain");
        assertEquals(List.of("register.mv.db", "scans"), names(dir), "no working copy is left behind");
        try (Services plain = Services.open(register(), ErasureTestData.CLOCK)) {
            assertEquals(2, plain.register().count());
        }
    }

    @Test
    void aBackupIsEncryptedAndRestoresOnlyWithThePasswordWhileOldPlainBackupsStillRestore() throws IOException {
        Path plainBackup = dir.resolve("plain.zip");
        Path locked = dir.resolve("locked.zip");
        try (Services services = Services.open(register(), ErasureTestData.CLOCK, STAFF)) {
            ErasureTestData.fullyUsed(services, dir.resolve("scans"), NAME, "zq@example.org", "Thistlecombe Forum");
            new RegisterBackup(services).backUp(plainBackup);
            Services locking = new RegisterPasswords(services).set(FIRST, FIRST);
            ErasureTestData.fullyUsed(locking, dir.resolve("scans"), OTHER, "ip@example.org", "Larkspur Society");
            new RegisterBackup(locking).backUp(locked);
            locking.close();
        }
        String backupBytes = text(Files.readAllBytes(locked));
        assertTrue(backupBytes.startsWith("CRBACKUP AES-256-GCM"), "an encrypted backup");
        // a zip's local file header and its entry's name; "PK" alone turns up in random ciphertext
        assertFalse(backupBytes.contains("PK\u0003\u0004") || backupBytes.contains("script.sql"), "no zip in clear");
        assertFalse(backupBytes.contains(OTHER) || backupBytes.contains("Larkspur"));
        assertEquals(List.of("locked.zip", "plain.zip", "register.key.properties", "register.mv.db", "scans"),
                names(dir), "no scratch file is left beside the backup");

        assertThrows(RegisterPasswordException.class, () -> RegisterBackup.inspect(locked));
        assertThrows(RegisterPasswordException.class, () -> RegisterBackup.inspect(locked, SECOND));
        byte[] before = Files.readAllBytes(file());
        RegisterPasswordException wrong = assertThrows(RegisterPasswordException.class,
                () -> RegisterBackup.restore(register(), locked, SECOND));
        assertTrue(wrong.getMessage().contains("does not open the backup"), wrong.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file()), "a refused restore leaves the register as it was");
        assertEquals(2, RegisterBackup.inspect(locked, FIRST).signatories());

        BackupSummary plain = RegisterBackup.restore(register(), plainBackup, FIRST);
        assertEquals(1, plain.signatories());
        assertTrue(Services.hasPassword(register()), "a plain backup restored into a register with a password keeps it");
        assertFalse(text(Files.readAllBytes(file())).contains("Thistlecombe"));
        try (Services services = Services.open(register(), ErasureTestData.CLOCK, STAFF, FIRST)) {
            assertEquals(1, services.register().count());
            assertEquals(AuditAction.RESTORED, services.audit().find(AuditFilter.everything()).get(0).action());
        }

        BackupSummary restored = RegisterBackup.restore(register(), locked, FIRST);
        assertEquals(2, restored.signatories());
        try (Services services = Services.open(register(), ErasureTestData.CLOCK, STAFF, FIRST)) {
            assertEquals(2, services.register().count());
        }
    }

    @Test
    void erasureOnARegisterWithAPasswordLeavesTheErasedValuesInNoByteOfTheDecryptedFile() throws IOException {
        lockedRegister();
        try (Services services = Services.open(register(), ErasureTestData.CLOCK, STAFF, FIRST)) {
            long id = services.register().search(org.compactregister.model.RegisterQuery.everything()
                    .withSearchText("quortleby")).signatories().get(0).id();
            new ErasureService(services).erase(id, "on request");
        }
        String plain = text(EncryptedFiles.decryptedBytes(file(), FIRST, dir.resolve("check")));
        assertTrue(plain.contains("Thistlecombe"), "the decrypted file is readable: the organisation is there");
        assertTrue(plain.contains(OTHER), "the other signatory is there");
        for (String gone : List.of(NAME, "Quortleby", "zq@example.org")) {
            assertFalse(plain.contains(gone), gone + " is still in the decrypted file's bytes");
        }
        assertTrue(Services.hasPassword(register()), "compacting kept the password");
    }

    @Test
    void restoringAnEncryptedBackupOnARegisterWithAPasswordAuditsItAndErasesAgainFromTheLedger() {
        lockedRegister();
        Path before = dir.resolve("before.zip");
        long id;
        try (Services services = Services.open(register(), ErasureTestData.CLOCK, STAFF, FIRST)) {
            id = services.register().search(org.compactregister.model.RegisterQuery.everything()
                    .withSearchText("quortleby")).signatories().get(0).id();
            new RegisterBackup(services).backUp(before);
            new ErasureService(services).erase(id, "on request");
        }
        BackupSummary restored = RegisterBackup.restore(register(), before, FIRST);
        assertEquals(List.of(org.compactregister.model.Signatory.referenceOf(id)), restored.erasedAgain());
        try (Services services = Services.open(register(), ErasureTestData.CLOCK, STAFF, FIRST)) {
            assertEquals("", services.register().find(id).orElseThrow().signatoryName());
            List<AuditAction> actions = services.audit().find(AuditFilter.everything()).stream()
                    .map(AuditEntry::action).toList();
            assertEquals(List.of(AuditAction.ERASED, AuditAction.RESTORED), actions.subList(0, 2));
        }
    }

    private static List<String> passwordEntries(Services services) {
        return services.audit().find(AuditFilter.everything()).stream()
                .filter(e -> e.action() == AuditAction.PASSWORD_CHANGED).map(AuditEntry::summary).toList();
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".trace.db")).sorted().toList();
        }
    }
}
