package org.compactregister.persistence;

import java.io.IOException;
import java.nio.file.Path;
import org.compactregister.model.Engine;
import org.h2.mvstore.MVStoreTool;

/**
 * Rewrites a register file with only what it holds now. H2 keeps the old pages of changed rows in
 * the file until it is compacted, so after an erasure the erased values would still be in its bytes:
 * compacting the closed file leaves them nowhere. (Backups are SQL scripts of the live data, so they
 * never hold them.) A register with a password is compacted by H2 as it closes ({@code SHUTDOWN
 * COMPACT}), which writes the live data into a new encrypted file and renames it into place.
 */
public final class RegisterCompaction {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RegisterCompaction.class);

    private RegisterCompaction() {
    }

    /**
     * Closes the register; when an erasure was made since the file was last compacted, compacts it
     * once closed (H2 only: a register on a server is just closed). If compacting fails the file stays whole (only not compacted), is marked to be
     * compacted at the next close, and the reason is logged.
     */
    public static void closeCompactingAfterErasure(RegisterDatabase database) {
        if (database.engine() != Engine.H2) {
            // PostgreSQL's own (auto)vacuum reclaims the erased rows' space; there is no file here to rewrite.
            database.close();
            return;
        }
        boolean compact;
        try {
            compact = new ErasureRepository(database.jdbi()).takePendingCompaction();
        } catch (RuntimeException e) {
            compact = false;
            LOG.warn("Could not read the erasures of {} before closing it", database.file(), e);
        }
        if (compact && database.hasPassword()) {
            // H2's own compaction on closing: it copies the live data into a new encrypted file and renames it
            // into place (MVStoreTool cannot open an encrypted file)
            database.closeCompacting();
            return;
        }
        database.close();
        if (!compact) {
            return;
        }
        try {
            compact(database.file());
        } catch (IOException e) {
            LOG.warn("The register {} could not be compacted after an erasure; it will be at the next close",
                    database.file(), e);
            try (RegisterDatabase again = RegisterDatabase.open(database.file())) {
                again.jdbi().useHandle(handle -> handle.execute("UPDATE erasure SET compacted = FALSE"));
            } catch (RuntimeException notAgain) {
                LOG.warn("The register {} could not be marked to be compacted", database.file(), notAgain);
            }
        }
    }

    /**
     * Compacts the closed register file {@code file} (ending {@code .mv.db}) in place, uncompressed.
     *
     * @throws IOException when it could not be rewritten; the file is then as it was
     */
    public static void compact(Path file) throws IOException {
        try {
            MVStoreTool.compact(RegisterFiles.withSuffix(file.toAbsolutePath()).toString(), false);
        } catch (RuntimeException e) {
            throw new IOException(DatabaseProblems.reason(e), e);
        }
    }
}
