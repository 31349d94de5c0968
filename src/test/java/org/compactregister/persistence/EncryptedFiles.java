package org.compactregister.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.compactregister.model.RegisterPassword;
import org.h2.tools.ChangeFileEncryption;

/** For tests: what a register with a password holds once decrypted (on a copy; the file is not touched). */
public final class EncryptedFiles {

    private EncryptedFiles() {
    }

    /** The bytes of the register file {@code dbFile} decrypted with {@code password}, from a copy in {@code work}. */
    public static byte[] decryptedBytes(Path dbFile, RegisterPassword password, Path work) throws IOException {
        RegisterKey key = RegisterKeyFile.keysFor(dbFile, password).get(0);
        Files.createDirectories(work);
        Path copy = work.resolve("copy" + RegisterDatabase.FILE_SUFFIX);
        Files.copy(RegisterFiles.withSuffix(dbFile), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            ChangeFileEncryption.execute(work.toString(), "copy", "AES", key.filePassword().toCharArray(), null, true);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return Files.readAllBytes(copy);
    }
}
