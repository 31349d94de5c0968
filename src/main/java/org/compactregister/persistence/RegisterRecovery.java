package org.compactregister.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;
import org.compactregister.model.RegisterDamagedException;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.RegisterPasswordException;
import org.compactregister.model.RegisterProblem;
import org.h2.store.fs.FileUtils;
import org.h2.tools.ChangeFileEncryption;
import org.h2.tools.Recover;
import org.h2.tools.RunScript;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes what is still readable out of a damaged register file with H2's own recovery tool
 * ({@link Recover}, which writes every readable row as SQL; statements of it that fail on damaged
 * parts are passed over, as H2's documentation advises) into a new register file, checks that
 * the new file opens as a register, and then puts it in the damaged file's place. The damaged file
 * is kept beside it, renamed, and is never changed.
 */
public final class RegisterRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterRecovery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private RegisterRecovery() {
    }

    /**
     * What a recovery brought back.
     *
     * @param register      the register file, now holding what was recovered
     * @param damagedCopy   where the damaged file was kept
     * @param signatories   signatories recovered
     * @param scans         scans recovered
     * @param lettersSent   letters-sent records recovered
     */
    public record Outcome(Path register, Path damagedCopy, int signatories, int scans, int lettersSent) {
    }

    /**
     * Recovers the damaged register {@code registerFile} (closed; the {@code .mv.db} file or the
     * path without that ending) in place.
     *
     * @throws RegisterProblem when nothing could be recovered; the damaged file is then left as it was
     */
    public static Outcome recover(Path registerFile) {
        return recover(registerFile, null);
    }

    /**
     * As {@link #recover(Path)}, for a register with a password: {@code password} (null when it has
     * none) gives the key. The damaged file is decrypted in memory only (H2's {@code memFS:}), and what
     * is recovered goes into a new file under the same key.
     *
     * @throws org.compactregister.model.RegisterPasswordException when the register has a password
     *         and {@code password} is missing or wrong
     */
    public static Outcome recover(Path registerFile, RegisterPassword password) {
        Path damaged = RegisterFiles.withSuffix(registerFile.toAbsolutePath().normalize());
        if (!Files.isRegularFile(damaged)) {
            throw new RegisterProblem("There is no register file at " + damaged + " to recover.");
        }
        RegisterKey key = null;
        if (RegisterEncryption.isLocked(damaged)) {
            if (password == null || password.isEmpty()) {
                throw RegisterPasswordException.needed(damaged);
            }
            key = RegisterKeyFile.keysFor(damaged, password).get(0);
        }
        Path work = null;
        String memory = "memFS:recovering-" + System.nanoTime();
        try {
            work = Files.createTempDirectory(damaged.getParent(), ".recovering-");
            String script;
            if (key == null) {
                Path copy = work.resolve("damaged" + RegisterDatabase.FILE_SUFFIX);
                Files.copy(damaged, copy);
                runRecoverTool(work.toString());
                script = work.resolve("damaged.h2.sql").toString();
            } else {
                decryptIntoMemory(damaged, key, memory);
                runRecoverTool(memory);
                script = memory + "/damaged.h2.sql";
            }
            Path recovered = work.resolve("recovered" + RegisterDatabase.FILE_SUFFIX);
            RunScript.execute(RegisterFileAddress.urlOf(recovered, key), RegisterFileAddress.USER,
                    RegisterFileAddress.password(key), script, StandardCharsets.UTF_8, true);
            Outcome counts = countIn(damaged, recovered, key);
            if (counts.signatories() == 0) {
                throw new RegisterProblem("Nothing could be recovered from " + damaged + ": no signatory in it can "
                        + "still be read. The damaged file was left as it was; restore a backup instead.");
            }
            Path keptAs = damaged.resolveSibling(RegisterFiles.baseName(damaged) + "-damaged-"
                    + STAMP.format(LocalDateTime.now()) + RegisterDatabase.FILE_SUFFIX);
            Files.move(damaged, keptAs);
            RegisterEncryption.keepKeyFile(damaged, keptAs);
            Files.move(recovered, damaged, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Recovered {} into place; the damaged file is kept as {}", damaged, keptAs);
            return new Outcome(damaged, keptAs, counts.signatories(), counts.scans(), counts.lettersSent());
        } catch (RegisterProblem e) {
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warn("Recovering {} failed", damaged, e);
            throw new RegisterProblem("Nothing could be recovered from " + damaged + ": "
                    + DatabaseProblems.reason(e) + ". The damaged file was left as it was; restore a backup instead.", e);
        } finally {
            deleteTree(work);
            FileUtils.deleteRecursive(memory, true);
        }
    }

    /** Copies the encrypted {@code damaged} file into H2's memory file system and decrypts it there. */
    private static void decryptIntoMemory(Path damaged, RegisterKey key, String memory) throws IOException, SQLException {
        FileUtils.createDirectories(memory);
        try (InputStream in = Files.newInputStream(damaged);
             OutputStream out = FileUtils.newOutputStream(memory + "/damaged" + RegisterDatabase.FILE_SUFFIX, false)) {
            in.transferTo(out);
        }
        ChangeFileEncryption.execute(memory, "damaged", "AES", key.filePassword().toCharArray(), null, true);
    }

    /** What the recovered file holds; none of anything when the recovery tool found no table at all. */
    private static Outcome countIn(Path damaged, Path recovered, RegisterKey key) {
        if (!Files.exists(recovered)) {
            return new Outcome(damaged, null, 0, 0, 0);
        }
        try (RegisterDatabase opened = RegisterDatabase.openWithKey(recovered, key)) {
            return opened.jdbi().withHandle(handle -> new Outcome(damaged, null,
                    count(handle, "signatory"), count(handle, "scan"), count(handle, "letter_sent")));
        } catch (RegisterDamagedException nothingInIt) {
            return new Outcome(damaged, null, 0, 0, 0);
        }
    }

    /** H2's recovery tool writes {@code damaged.h2.sql} in {@code work}; what it says goes to the log. */
    private static void runRecoverTool(String work) throws SQLException {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        Recover recover = new Recover();
        recover.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
        recover.runTool("-dir", work, "-db", "damaged");
        LOG.info("H2's recovery tool said: {}", said.toString(StandardCharsets.UTF_8).strip());
    }

    private static int count(Handle handle, String table) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one();
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove the recovery's working folder {}", folder, e);
        }
    }
}
