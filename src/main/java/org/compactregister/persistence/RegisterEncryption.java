package org.compactregister.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.compactregister.model.RegisterPassword;
import org.h2.mvstore.MVStore;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A register file encrypted by H2 ({@code CIPHER=AES}, with a {@link RegisterKey}'s file password),
 * and the one way its key changes: {@link #rekey}, which writes a new file beside the register and
 * renames it into place, so that an end of the process at any moment leaves the old file or the
 * new one, whole, and a key file that opens it.
 */
public final class RegisterEncryption {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterEncryption.class);
    /** The first bytes of a file H2 encrypted. */
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);


    private RegisterEncryption() {
    }

    /** Whether the register file {@code dbFile} (with or without its {@code .mv.db} ending) is encrypted. */
    public static boolean isLocked(Path dbFile) {
        Path file = RegisterFiles.withSuffix(dbFile.toAbsolutePath());
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEADER.length);
            return java.util.Arrays.equals(start, HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code dbFile} could be read and is a plain H2 store (its header says {@code H:2,}): only
     * then is a key file beside it known to be stale. A file that cannot be read is neither.
     */
    static boolean isPlainStore(Path dbFile) {
        try (InputStream in = Files.newInputStream(RegisterFiles.withSuffix(dbFile.toAbsolutePath()))) {
            return new String(in.readNBytes(4), StandardCharsets.ISO_8859_1).equals("H:2,");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Checks {@code password} against the key file of the register {@code dbFile}, without opening it.
     *
     * @throws org.compactregister.model.RegisterPasswordException when it is not the register's password
     */
    public static void checkPassword(Path dbFile, RegisterPassword password) {
        RegisterKeyFile.keysFor(dbFile, password);
    }

    /**
     * Gives the closed register {@code dbFile} the password {@code newPassword} (null: none), from
     * {@code current} (null when it has none now), re-encrypting it as {@link #rekey} does. Derives
     * the new key with a fresh salt.
     *
     * @throws org.compactregister.model.RegisterPasswordException when {@code current} is wrong
     * @throws IOException when the new file could not be made; the register is then as it was
     */
    public static void changePassword(Path dbFile, RegisterPassword current, RegisterPassword newPassword)
            throws IOException {
        RegisterKey from = current == null || !isLocked(dbFile) ? null : RegisterKeyFile.keysFor(dbFile, current).get(0);
        RegisterKey to = newPassword == null ? null : RegisterKey.forNewPassword(newPassword);
        rekey(dbFile, from, to);
    }

    /**
     * Before a file under {@code key} is renamed over the register {@code dbFile} (a restore): the
     * key file lists {@code key} as pending beside the register's own, so that the register opens
     * whichever file is in place if the process ends in between. Nothing when {@code key} is null.
     */
    public static void expectKey(Path dbFile, RegisterKey key) {
        if (key == null) {
            return;
        }
        java.util.List<RegisterKeyFile.Entry> now = RegisterKeyFile.read(dbFile);
        if (now.isEmpty() || !isLocked(dbFile)) {
            RegisterKeyFile.write(dbFile, key, null);
        } else {
            RegisterKeyFile.write(dbFile, now.get(now.size() - 1), RegisterKeyFile.Entry.of(key));
        }
    }

    /** After a file under {@code key} (null: none) was renamed over the register {@code dbFile}: its key file says so. */
    public static void settleKey(Path dbFile, RegisterKey key) {
        if (key == null) {
            RegisterKeyFile.delete(dbFile);
        } else {
            RegisterKeyFile.write(dbFile, key, null);
        }
    }

    /**
     * Copies the key file of {@code dbFile}, if it has one, to the name that goes with {@code keptAs}
     * (a damaged file set aside), so that the copy still opens with the password.
     */
    public static void keepKeyFile(Path dbFile, Path keptAs) throws IOException {
        Path keys = RegisterKeyFile.of(dbFile);
        if (Files.isRegularFile(keys)) {
            Files.copy(keys, RegisterKeyFile.of(keptAs), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Encrypts the closed scratch register {@code dbFile} under {@code key} where it lies (not atomically). */
    public static void encryptScratch(Path dbFile, RegisterKey key) throws IOException {
        Path file = RegisterFiles.withSuffix(dbFile.toAbsolutePath());
        try {
            ChangeFileEncryption.execute(file.getParent().toString(), RegisterFiles.baseName(file), "AES", null,
                    key.filePassword().toCharArray(), true);
        } catch (SQLException | RuntimeException e) {
            throw new IOException(DatabaseProblems.reason(e), e);
        }
    }

    /**
     * H2's path of a scratch file at {@code file} encrypted with a one-time key that only this
     * process knows ({@link ScratchFiles}): what H2 writes there is never on the disk in clear.
     */
    static String scratchPath(Path file) {
        return ScratchFiles.pathOf(file);
    }

    /**
     * Puts the closed register {@code dbFile} under the key {@code to} (null: no password), from the
     * key {@code from} it is under now (null: none). The new file is made beside it (in a folder
     * {@code NAME-rekeying}), checked, flushed, and only then renamed over the register; the key
     * file lists both keys until then, so the register opens whatever moment the process ends at.
     *
     * @throws IOException when the new file could not be made; the register is then as it was
     */
    static void rekey(Path dbFile, RegisterKey from, RegisterKey to) throws IOException {
        Path file = RegisterFiles.withSuffix(dbFile.toAbsolutePath());
        Path work = file.resolveSibling(RegisterFiles.baseName(file) + "-rekeying");
        deleteTree(work);
        Files.createDirectories(work);
        try {
            Path copy = work.resolve("rekey" + RegisterDatabase.FILE_SUFFIX);
            Files.copy(file, copy);
            try {
                ChangeFileEncryption.execute(work.toString(), "rekey", "AES",
                        from == null ? null : from.filePassword().toCharArray(),
                        to == null ? null : to.filePassword().toCharArray(), true);
            } catch (SQLException | RuntimeException e) {
                throw new IOException(DatabaseProblems.reason(e), e);
            }
            checkHoldsTables(copy, to);
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (to != null) {
                RegisterKeyFile.write(file, from == null ? to : from, from == null ? null : to);
            }
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            if (to == null) {
                RegisterKeyFile.delete(file);
            } else {
                RegisterKeyFile.write(file, to, null);
            }
            LOG.info("The register {} is now {}", file, to == null ? "without a password" : "under a new key");
        } finally {
            deleteTree(work);
        }
    }

    /** Opens the new file read-only and checks that it holds the register's tables. */
    private static void checkHoldsTables(Path copy, RegisterKey key) throws IOException {
        MVStore.Builder builder = new MVStore.Builder().fileName(copy.toString()).readOnly();
        if (key != null) {
            builder.encryptionKey(key.filePassword().toCharArray());
        }
        try (MVStore store = builder.open()) {
            if (store.getMapNames().stream().noneMatch(name -> name.startsWith("table."))) {
                throw new IOException("the re-encrypted copy holds no tables");
            }
        } catch (RuntimeException e) {
            throw new IOException("the re-encrypted copy could not be read back: " + DatabaseProblems.reason(e), e);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove the folder {}", folder, e);
        }
    }
}
