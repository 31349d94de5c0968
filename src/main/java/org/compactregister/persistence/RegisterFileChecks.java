package org.compactregister.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compactregister.model.RegisterDamagedException;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The checks made on a register's H2 file before H2 is let open it ({@link RegisterDatabase}): its
 * folder exists (made when missing), the file (when there) may be read by this user, and a file
 * that is there still holds a register. Nothing here writes to the file itself.
 */
final class RegisterFileChecks {

    private RegisterFileChecks() {
    }

    /**
     * Checks {@code dbFile} (the absolute {@code .mv.db} path) before it is opened under {@code key}
     * (null: no password) through the H2 file system named by {@code fileSystem} ({@code "file:"} for
     * the disk itself), creating its folder when missing.
     *
     * @throws RegisterUnavailableException when the folder cannot be created, the file cannot be read,
     *         or it is not a register; the message says why in words
     * @throws RegisterDamagedException when H2 finds the file damaged
     */
    static void beforeOpening(Path dbFile, RegisterKey key, String fileSystem) {
        try {
            Files.createDirectories(dbFile.getParent());
        } catch (IOException e) {
            String why = e instanceof AccessDeniedException
                    ? "this user may not write there" : DatabaseProblems.reason(e);
            throw new RegisterUnavailableException(dbFile, "The folder " + dbFile.getParent()
                    + " for the register could not be created: " + why + ". Name a register in a folder this "
                    + "user may write with --db PATH, or with the COMPACT_REGISTER_DB setting (an environment "
                    + "variable holding the register file's path).", e);
        }
        if (Files.exists(dbFile) && !Files.isReadable(dbFile)) {
            throw new RegisterUnavailableException(dbFile,
                    "The register file " + dbFile + " cannot be read: this user has no permission to read it.", null);
        }
        checkItStillHoldsARegister(dbFile, key, fileSystem);
    }

    /**
     * Opens an existing register file read-only first. H2 opens a file whose chunks it cannot read
     * as a new, empty database (and would then overwrite it), which would show staff an empty
     * register; a file that holds no tables, or that H2 would have to rewrite, is reported as
     * damaged (or as not a register) instead, and left untouched.
     */
    private static void checkItStillHoldsARegister(Path dbFile, RegisterKey key, String fileSystem) {
        try {
            if (!Files.isRegularFile(dbFile) || Files.size(dbFile) == 0) {
                return;
            }
        } catch (IOException e) {
            throw DatabaseProblems.explain(dbFile, e);
        }
        String path = fileSystem + dbFile;
        MVStore.Builder builder = new MVStore.Builder().fileName(path).readOnly();
        if (key != null) {
            builder.encryptionKey(key.filePassword().toCharArray());
        }
        try (MVStore store = builder.open()) {
            if (store.getMapNames().stream().noneMatch(name -> name.startsWith("table."))) {
                throw DatabaseProblems.holdsNothing(dbFile);
            }
        } catch (MVStoreException e) {
            throw DatabaseProblems.explain(dbFile, e);
        }
    }
}
