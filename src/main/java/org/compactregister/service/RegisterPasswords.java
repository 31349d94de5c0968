package org.compactregister.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.FieldChange;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.StaffMember;
import org.compactregister.persistence.RegisterEncryption;

/**
 * Sets, changes and removes the register password. With a password the register file is encrypted
 * (H2's {@code CIPHER=AES}) under a key derived from it (PBKDF2WithHmacSHA256, 600,000 iterations,
 * a random salt kept in the key file beside the register), and backups are encrypted too. A
 * forgotten password cannot be recovered by anyone: {@link #FORGOTTEN_MEANS_GONE}.
 *
 * <p>Each change closes the register, writes the re-encrypted file beside it and renames it into
 * place (the old file or the new one, whole, whatever moment the process ends at), opens it again
 * and returns it, and records the change in the audit trail (that the password was set, changed or
 * removed; never the password). The {@link Services} given is closed in every case once the checks
 * have passed; when re-encrypting fails the register is left as it was, and the caller opens it
 * again with its old password.
 */
public final class RegisterPasswords {

    /** The plain warning shown wherever a password is set. */
    public static final String FORGOTTEN_MEANS_GONE = "If the password is forgotten, the register and its backups "
            + "cannot be opened by anyone, not even by the makers of Compact Register: the data is gone. Write it "
            + "down and keep it somewhere safe, away from this computer.";

    private final Services services;

    public RegisterPasswords(Services services) {
        this.services = services;
    }

    /** Whether the open register has a password. */
    public boolean hasPassword() {
        return services.database().hasPassword();
    }

    /**
     * Gives a register without a password the password {@code password} ({@code again} is the second
     * typing). Closes the register and returns it reopened.
     *
     * @throws RefusedException when the register already has one, or the password is too short or
     *         typed differently the second time; nothing was changed
     */
    public Services set(RegisterPassword password, RegisterPassword again) {
        if (hasPassword()) {
            throw new RefusedException("The register already has a password. Change it instead.");
        }
        checkNew(password, again);
        return rekey(null, password, "Register password set", "none", "set");
    }

    /**
     * Changes the register's password from {@code current} to {@code password}; re-encrypts the
     * register. Backups taken before keep the old password.
     *
     * @throws RefusedException when the register has no password, or the new one is refused
     * @throws org.compactregister.model.RegisterPasswordException when {@code current} is wrong
     */
    public Services change(RegisterPassword current, RegisterPassword password, RegisterPassword again) {
        if (!hasPassword()) {
            throw new RefusedException("The register has no password to change. Set one instead.");
        }
        RegisterEncryption.checkPassword(services.databaseFile(), current);
        checkNew(password, again);
        return rekey(current, password, "Register password changed", "set", "changed");
    }

    /**
     * Removes the password: the register file is decrypted and later backups are not encrypted.
     *
     * @throws RefusedException when the register has no password
     * @throws org.compactregister.model.RegisterPasswordException when {@code current} is wrong
     */
    public Services remove(RegisterPassword current) {
        if (!hasPassword()) {
            throw new RefusedException("The register has no password to remove.");
        }
        RegisterEncryption.checkPassword(services.databaseFile(), current);
        return rekey(current, null, "Register password removed", "set", "none");
    }

    private static void checkNew(RegisterPassword password, RegisterPassword again) {
        String problem = password.problemAsNew();
        if (!problem.isEmpty()) {
            throw new RefusedException(problem + " The register was not changed.");
        }
        if (!password.sameAs(again)) {
            throw new RefusedException("The two passwords typed are not the same. Type the new password twice, "
                    + "the same both times. The register was not changed.");
        }
    }

    private Services rekey(RegisterPassword current, RegisterPassword next, String summary, String before,
                           String after) {
        Path file = services.databaseFile();
        Clock clock = services.clock();
        StaffMember staff = services.audit().staff();
        services.close();
        try {
            RegisterEncryption.changePassword(file, current, next);
        } catch (IOException e) {
            throw new RefusedException("The register's password was not changed: the re-encrypted copy could not "
                    + "be written (" + FileProblems.reason(e) + "). The register is as it was, with its old password.");
        }
        Services reopened = Services.open(file, clock, staff, next);
        reopened.audit().note(new AuditDraft(AuditAction.PASSWORD_CHANGED, null, summary,
                List.of(new FieldChange("register password", before, after, false))));
        return reopened;
    }
}
