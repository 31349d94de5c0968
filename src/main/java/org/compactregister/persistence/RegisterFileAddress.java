package org.compactregister.persistence;

import java.nio.file.Path;

/**
 * How H2 is told which register file to open and how: the JDBC address (the file's path without its
 * {@code .mv.db} ending, with the options every open names), the user, and the password field.
 * Every connection to a register file goes through these ({@link RegisterDatabase}, backups,
 * recovery), so all of them open the file alike.
 */
final class RegisterFileAddress {

    /** The database user that owns every register file (H2 files have no password unless encrypted). */
    static final String USER = "register";

    /**
     * H2's page cache (KB), H2's own default, named on every open: a bulk entry raises it while it runs
     * ({@link BulkEntryIndexes}), and H2 keeps a cache size in the file, so a process stopped then
     * would otherwise leave the larger one for good.
     */
    static final int CACHE_KB = 16 * 1024;

    /**
     * {@code WRITE_DELAY=0}: a commit is written to the file before it returns (H2's default writes it
     * up to half a second later, from a background thread). {@code DB_CLOSE_ON_EXIT=FALSE}: the store
     * is closed by {@link RegisterDatabase}'s own shutdown hook, which can be bounded in time, not by
     * H2's. {@code REUSE_SPACE=FALSE}: every chunk is written after the end of the file, never over space
     * that the newest chunk on the disk may still list (H2 frees a dead chunk's space in memory and
     * may write the next chunk over it before the list without it is on the disk; a process ended
     * in the middle of that write then loses the last saves on the next open). The file grows
     * instead, and {@link RegisterDatabase#close()} compacts it. {@code MAX_COMPACT_TIME=0}: a plain
     * close does not move chunks about in the file either (H2 would spend up to 200 ms doing so in
     * place); the only compaction is the copy that {@link RegisterDatabase#close()} makes.
     */
    private static final String URL_OPTIONS =
            ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;WRITE_DELAY=0;REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0"
                    + ";CACHE_SIZE=" + CACHE_KB;

    private RegisterFileAddress() {
    }

    /** The JDBC address of the register file {@code dbFile} (with or without its {@code .mv.db} ending). */
    static String urlOf(Path dbFile) {
        return urlOf(dbFile, null, "file:");
    }

    /** The JDBC address of the register file {@code dbFile} under {@code key} (null: no password). */
    static String urlOf(Path dbFile, RegisterKey key) {
        return urlOf(dbFile, key, "file:");
    }

    /**
     * The JDBC address of the register file {@code dbFile} under {@code key} (null: no password),
     * through the H2 file system named by {@code fileSystem} ({@code "file:"} for the disk itself).
     */
    static String urlOf(Path dbFile, RegisterKey key, String fileSystem) {
        Path file = RegisterFiles.withSuffix(dbFile.toAbsolutePath());
        String path = file.toString();
        return "jdbc:h2:" + fileSystem + path.substring(0, path.length() - RegisterDatabase.FILE_SUFFIX.length())
                + URL_OPTIONS + (key == null ? "" : ";CIPHER=AES");
    }

    /**
     * The password field H2 is given: with {@code CIPHER=AES} the file password and the user's
     * (empty) password, separated by a space; without, the user's empty password.
     */
    static String password(RegisterKey key) {
        return key == null ? "" : key.filePassword() + " ";
    }
}
