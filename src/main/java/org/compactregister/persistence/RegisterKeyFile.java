package org.compactregister.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.model.RegisterProblem;

/**
 * The small text file beside a register with a password ({@code NAME.key.properties} beside
 * {@code NAME.mv.db}) that says how the password becomes the file key: the derivation, its
 * iteration count and salt, and a check value that tells a wrong password before the register
 * file is touched. It holds no password and no key. It is written whole (a new file, flushed, then
 * renamed over the old one).
 *
 * <p>While a password is being changed it holds two keys, the old one and the pending new one: the
 * register file is then either the old or the new one, whole, and the password that opens it is
 * the one kept afterwards ({@link RegisterEncryption}).
 */
public final class RegisterKeyFile {

    static final String SUFFIX = ".key.properties";

    /** One key's public half: how to derive it and how to check it. */
    record Entry(byte[] salt, int iterations, byte[] check) {
        boolean matches(RegisterKey key) {
            return MessageDigest.isEqual(check, key.check());
        }

        static Entry of(RegisterKey key) {
            return new Entry(key.salt(), key.iterations(), key.check());
        }
    }

    private RegisterKeyFile() {
    }

    /** The key file of the register {@code dbFile} ({@code NAME.mv.db} gives {@code NAME.key.properties}). */
    public static Path of(Path dbFile) {
        Path file = RegisterFiles.withSuffix(dbFile.toAbsolutePath());
        return file.resolveSibling(RegisterFiles.baseName(file) + SUFFIX);
    }

    /** The keys listed beside {@code dbFile}, newest first; none when there is no key file. */
    static List<Entry> read(Path dbFile) {
        Path file = of(dbFile);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new RegisterProblem("The key file " + file + " of the register could not be read: "
                    + DatabaseProblems.reason(e) + ".", e);
        }
        List<Entry> entries = new ArrayList<>();
        for (String prefix : new String[] {"pending.", ""}) {
            String salt = properties.getProperty(prefix + "salt");
            if (salt == null) {
                continue;
            }
            try {
                entries.add(new Entry(Base64.getDecoder().decode(salt.strip()),
                        Integer.parseInt(properties.getProperty(prefix + "iterations", "0").strip()),
                        Base64.getDecoder().decode(properties.getProperty(prefix + "check", "").strip())));
            } catch (IllegalArgumentException e) {
                throw new RegisterProblem("The key file " + file + " of the register is damaged, so the register "
                        + "cannot be opened. Put back a copy of it, or restore a backup.", e);
            }
        }
        return entries;
    }

    /**
     * The keys {@code password} gives for the register {@code dbFile}: those whose check it passes,
     * newest first (one, unless a change of password was cut short).
     *
     * @throws RegisterPasswordException when the password passes no check
     * @throws RegisterProblem when the key file is missing or damaged
     */
    static List<RegisterKey> keysFor(Path dbFile, RegisterPassword password) {
        List<Entry> entries = read(dbFile);
        if (entries.isEmpty()) {
            throw new RegisterProblem("The register " + dbFile + " has a password, but its key file " + of(dbFile)
                    + " is missing, so even the right password cannot open it. Put that file back beside the "
                    + "register (it is copied with the register), or restore a backup.");
        }
        List<RegisterKey> keys = new ArrayList<>();
        for (Entry entry : entries) {
            RegisterKey key;
            try {
                key = RegisterKey.derive(password, entry.salt(), entry.iterations());
            } catch (IllegalArgumentException weak) {
                throw new RegisterProblem("The key file " + of(dbFile) + " of the register asks for too weak a key "
                        + "derivation; it may have been tampered with. Put back a copy of it, or restore a backup.",
                        weak);
            }
            if (entry.matches(key)) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            throw RegisterPasswordException.wrong(RegisterFiles.withSuffix(dbFile.toAbsolutePath()));
        }
        return keys;
    }

    /** Writes the key file of {@code dbFile} whole: {@code current}, and {@code pending} unless null. */
    static void write(Path dbFile, RegisterKey current, RegisterKey pending) {
        write(dbFile, Entry.of(current), pending == null ? null : Entry.of(pending));
    }

    /** Writes the key file of {@code dbFile} whole: {@code current}, and {@code pending} unless null. */
    static void write(Path dbFile, Entry current, Entry pending) {
        Path file = of(dbFile);
        StringBuilder text = new StringBuilder()
                .append("# Compact Register: how the password of ").append(RegisterFiles.withSuffix(dbFile)
                        .getFileName()).append(" becomes its file key.\n")
                .append("# It holds no password and no key. Keep it beside the register and copy the two together:\n")
                .append("# without this file the register cannot be opened, even with the right password.\n")
                .append("format=1\nderivation=").append(RegisterKey.DERIVATION).append('\n');
        append(text, "", current);
        if (pending != null) {
            append(text, "pending.", pending);
        }
        Path partial = file.resolveSibling("." + file.getFileName() + ".part");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw new UncheckedIOException("The key file " + file + " could not be written: "
                    + DatabaseProblems.reason(e), e);
        }
    }

    private static void append(StringBuilder text, String prefix, Entry key) {
        text.append(prefix).append("iterations=").append(key.iterations()).append('\n')
                .append(prefix).append("salt=").append(Base64.getEncoder().encodeToString(key.salt())).append('\n')
                .append(prefix).append("check=").append(Base64.getEncoder().encodeToString(key.check())).append('\n');
    }

    /** Removes the key file of {@code dbFile}, if there is one. */
    static void delete(Path dbFile) {
        try {
            Files.deleteIfExists(of(dbFile));
        } catch (IOException e) {
            throw new UncheckedIOException("The key file " + of(dbFile) + " could not be removed: "
                    + DatabaseProblems.reason(e), e);
        }
    }
}
