package org.compactregister.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.compactregister.model.RegisterPassword;

/**
 * The secret a register password stands for: 32 bytes derived from the password with the JDK's
 * {@value #DERIVATION} ({@value #ITERATIONS} iterations by default, a random
 * {@value #SALT_BYTES}-byte salt). Every key the register uses is an HMAC-SHA256 of it with a
 * purpose of its own: the H2 file password (as 64 hex digits), the check kept in
 * {@link RegisterKeyFile} that tells a wrong password without touching the file, and one key per
 * encrypted backup ({@link BackupCipher}). Never written anywhere; {@link #toString()} hides it.
 */
public final class RegisterKey {

    public static final String DERIVATION = "PBKDF2WithHmacSHA256";
    /** Iterations for a new password: OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;
    /** Fewer iterations than this in a key file or backup header are refused as tampered with. */
    static final int FEWEST_ITERATIONS = 100_000;
    static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] master;
    private final byte[] salt;
    private final int iterations;

    private RegisterKey(byte[] master, byte[] salt, int iterations) {
        this.master = master;
        this.salt = salt.clone();
        this.iterations = iterations;
    }

    /** The key for a new password: a fresh random salt, {@value #ITERATIONS} iterations (about half a second). */
    public static RegisterKey forNewPassword(RegisterPassword password) {
        return derive(password, randomBytes(SALT_BYTES), ITERATIONS);
    }

    /**
     * The key {@code password} stands for with this salt and iteration count.
     *
     * @throws IllegalArgumentException when the iterations are fewer than {@value #FEWEST_ITERATIONS}
     */
    public static RegisterKey derive(RegisterPassword password, byte[] salt, int iterations) {
        if (iterations < FEWEST_ITERATIONS || salt.length < SALT_BYTES) {
            throw new IllegalArgumentException("too weak a derivation: " + iterations + " iterations");
        }
        char[] characters = password.characters();
        PBEKeySpec spec = new PBEKeySpec(characters, salt, iterations, 256);
        try {
            return new RegisterKey(SecretKeyFactory.getInstance(DERIVATION).generateSecret(spec).getEncoded(),
                    salt, iterations);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no " + DERIVATION, e);
        } finally {
            spec.clearPassword();
            Arrays.fill(characters, '\0');
        }
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    public byte[] salt() {
        return salt.clone();
    }

    public int iterations() {
        return iterations;
    }

    /** The file password H2 is given with {@code CIPHER=AES}: 64 hex digits. */
    String filePassword() {
        return HexFormat.of().formatHex(purpose("h2 file password", new byte[0]));
    }

    /** What {@link RegisterKeyFile} keeps to tell the right password from a wrong one. */
    byte[] check() {
        return purpose("password check", new byte[0]);
    }

    /** The AES-256 key of one encrypted backup, told apart by its own random {@code backupSalt}. */
    SecretKeySpec backupKey(byte[] backupSalt) {
        return new SecretKeySpec(purpose("backup", backupSalt), "AES");
    }

    private byte[] purpose(String purpose, byte[] extra) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(extra);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "(a register key)";
    }
}
