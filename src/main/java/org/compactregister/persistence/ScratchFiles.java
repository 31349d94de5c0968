package org.compactregister.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system {@value #SCHEME}{@code :PATH} for scratch files written and read as a whole stream
 * (a backup's script on its way into or out of {@link BackupCipher}): what H2 writes there goes to
 * the disk under AES-CTR with a key this process made at random and keeps only in memory, and a
 * random 16-byte counter start at the head of each file. Once the process ends, a scratch file left
 * behind cannot be read by anyone. Only whole-file streams are offered (H2's {@code SCRIPT TO} and
 * {@code RUNSCRIPT FROM} use nothing else).
 */
public final class ScratchFiles extends FilePathWrapper {

    static final String SCHEME = "crscratch";
    private static final SecretKeySpec KEY = new SecretKeySpec(RegisterKey.randomBytes(32), "AES");

    static {
        FilePath.register(new ScratchFiles());
    }

    /** For H2, which makes one for each path of this file system. */
    public ScratchFiles() {
    }

    /** H2's name of a scratch file at {@code file}. */
    static String pathOf(java.nio.file.Path file) {
        return SCHEME + ":" + file.toAbsolutePath();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        if (append) {
            throw new IOException("a scratch file is written whole");
        }
        byte[] start = RegisterKey.randomBytes(16);
        OutputStream out = getBase().newOutputStream(false);
        out.write(start);
        return new CipherOutputStream(out, cipher(Cipher.ENCRYPT_MODE, start));
    }

    @Override
    public InputStream newInputStream() throws IOException {
        InputStream in = getBase().newInputStream();
        byte[] start = in.readNBytes(16);
        if (start.length < 16) {
            in.close();
            throw new IOException("the scratch file " + getBase() + " is cut short");
        }
        return new CipherInputStream(in, cipher(Cipher.DECRYPT_MODE, start));
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        throw new IOException("a scratch file is read and written as a whole stream only");
    }

    private static Cipher cipher(int mode, byte[] start) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, KEY, new IvParameterSpec(start));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java cannot do AES-CTR", e);
        }
    }
}
