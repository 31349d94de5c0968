package org.compactregister.persistence;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;

/**
 * The file format of a backup of a register with a password: AES-256-GCM over the backup's zip, in
 * chunks, with javax.crypto. The header, in clear:
 * <pre>
 *   "CRBACKUP AES-256-GCM 1\n"   24 bytes
 *   iterations                   4 bytes, big-endian (PBKDF2WithHmacSHA256)
 *   salt                         16 bytes (the register key's salt)
 *   backup salt                  16 bytes (random: this backup's own AES key, {@link RegisterKey#backupKey})
 *   nonce prefix                 8 bytes (random)
 * </pre>
 * then chunks of at most {@value #CHUNK} bytes of the zip, each: its plain length (4 bytes, the top
 * bit set on the last chunk) and its ciphertext with the 16-byte tag. A chunk's nonce is the prefix
 * and the chunk's number (4 bytes); its associated data is the header, the number and the last-chunk
 * flag, so chunks cannot be reordered, dropped, or cut off at the end unnoticed. The password alone
 * (with the header) gives the key: a backup restores without the register's key file.
 */
public final class BackupCipher {

    static final byte[] MAGIC = "CRBACKUP AES-256-GCM 1\n\0".getBytes(StandardCharsets.US_ASCII);
    static final int CHUNK = 1 << 20;
    private static final int TAG_BITS = 128;
    private static final int LAST = 0x8000_0000;

    private BackupCipher() {
    }

    /** Whether {@code file} starts as an encrypted backup does. */
    public static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes {@code plain} (a backup's zip) to {@code out}, encrypted under the register's {@code key}. */
    static void encrypt(InputStream plain, OutputStream out, RegisterKey key) throws IOException {
        byte[] backupSalt = RegisterKey.randomBytes(16);
        byte[] prefix = RegisterKey.randomBytes(8);
        byte[] header = header(key.iterations(), key.salt(), backupSalt, prefix);
        SecretKeySpec aes = key.backupKey(backupSalt);
        DataOutputStream data = new DataOutputStream(out);
        data.write(header);
        byte[] chunk = plain.readNBytes(CHUNK);
        int index = 0;
        while (true) {
            byte[] next = chunk.length < CHUNK ? new byte[0] : plain.readNBytes(CHUNK);
            boolean last = next.length == 0;
            byte[] sealed;
            try {
                sealed = run(Cipher.ENCRYPT_MODE, aes, prefix, header, index, last, chunk);
            } catch (AEADBadTagException e) {
                throw new IllegalStateException("encrypting never checks a tag", e);
            }
            data.writeInt(chunk.length | (last ? LAST : 0));
            data.write(sealed);
            if (last) {
                break;
            }
            chunk = next;
            index++;
        }
        data.flush();
    }

    /**
     * Decrypts the encrypted backup {@code in} to {@code out} with {@code password}, returning the
     * register key it was made under.
     *
     * @throws RegisterPasswordException when the password does not open it ({@code backup} names it)
     * @throws IOException when it is damaged or cut short
     */
    static RegisterKey decrypt(Path backup, InputStream in, OutputStream out, RegisterPassword password)
            throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] magic = data.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("it is not an encrypted backup of Compact Register");
        }
        int iterations = data.readInt();
        byte[] salt = data.readNBytes(16);
        byte[] backupSalt = data.readNBytes(16);
        byte[] prefix = data.readNBytes(8);
        if (prefix.length < 8) {
            throw new EOFException("the backup ends inside its header");
        }
        RegisterKey key;
        try {
            key = RegisterKey.derive(password, salt, iterations);
        } catch (IllegalArgumentException weak) {
            throw new IOException("its header asks for too weak a key derivation", weak);
        }
        byte[] header = header(iterations, salt, backupSalt, prefix);
        SecretKeySpec aes = key.backupKey(backupSalt);
        for (int index = 0; ; index++) {
            int lengthAndFlag;
            try {
                lengthAndFlag = data.readInt();
            } catch (EOFException e) {
                throw new EOFException("the backup is cut short");
            }
            boolean last = (lengthAndFlag & LAST) != 0;
            int length = lengthAndFlag & ~LAST;
            if (length > CHUNK) {
                throw new IOException("the backup is damaged");
            }
            byte[] sealed = data.readNBytes(length + TAG_BITS / 8);
            if (sealed.length < length + TAG_BITS / 8) {
                throw new EOFException("the backup is cut short");
            }
            try {
                out.write(run(Cipher.DECRYPT_MODE, aes, prefix, header, index, last, sealed));
            } catch (AEADBadTagException e) {
                if (index == 0) {
                    throw RegisterPasswordException.wrongForBackup(backup);
                }
                throw new IOException("the backup is damaged (part " + (index + 1) + " does not decrypt)", e);
            }
            if (last) {
                if (data.read() != -1) {
                    throw new IOException("the backup is damaged (it goes on after its end)");
                }
                return key;
            }
        }
    }

    private static byte[] header(int iterations, byte[] salt, byte[] backupSalt, byte[] prefix) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(MAGIC);
        bytes.writeBytes(ByteBuffer.allocate(4).putInt(iterations).array());
        bytes.writeBytes(salt);
        bytes.writeBytes(backupSalt);
        bytes.writeBytes(prefix);
        return bytes.toByteArray();
    }

    private static byte[] run(int mode, SecretKeySpec aes, byte[] prefix, byte[] header, int index, boolean last,
                              byte[] input) throws AEADBadTagException {
        byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).array();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, aes, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(ByteBuffer.allocate(5).putInt(index).put((byte) (last ? 1 : 0)).array());
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java cannot do AES-256-GCM", e);
        }
    }
}
