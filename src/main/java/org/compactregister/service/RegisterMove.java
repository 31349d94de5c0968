package org.compactregister.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.StaffMember;
import org.compactregister.persistence.ReadOnlyRegister;
import org.compactregister.persistence.RegisterCopy;
import org.compactregister.persistence.RegisterDatabase;
import org.compactregister.persistence.RegisterFiles;
import org.compactregister.model.RegisterLocation;

/**
 * Moves the whole register (signatories, scans, letters sent, templates, settings, the audit trail,
 * subject access requests, erasures, blank forms) into a new, empty register, in one step that keeps
 * all of it or none ({@link RegisterCopy}), and ends with a check that every table's count and every
 * scan's SHA-256 agree. The register moved from is only read, never changed; the new one's audit
 * trail says where it came from and who moved it.
 */
public final class RegisterMove {

    private static final Map<String, String> TABLE_WORDS = Map.ofEntries(
            Map.entry("signatory", "signatories"), Map.entry("scan", "scans"),
            Map.entry("letter_sent", "letters sent"), Map.entry("letter_template", "letter templates"),
            Map.entry("setting", "settings"), Map.entry("audit_entry", "the audit trail"),
            Map.entry("audit_change", "the audit trail"), Map.entry("erasure", "erasures"),
            Map.entry("subject_access_request", "subject access requests"), Map.entry("blank_form", "blank forms"));

    private final Services services;

    public RegisterMove(Services services) {
        this.services = services;
    }

    /**
     * Copies the open register into a new register at the address {@code to}: an H2 file (created; or an existing
     * register that holds nothing) or a database on a PostgreSQL server that holds no register yet or
     * an empty one, signed in with {@code password} (null: {@code PGPASSWORD} or the {@code .pgpass}
     * file). The open register stays open and in use, unchanged.
     *
     * @throws RefusedException when {@code to} is not empty, cannot be made, or the check failed; the
     *         message says why, and nothing is left at {@code to} that was not there before
     * @throws CancelledException when {@code progress} was cancelled; likewise nothing is left
     * @throws org.compactregister.persistence.RegisterUnavailableException when {@code to} cannot be
     *         opened (server not reached, sign-in refused); in words
     */
    public MoveReport moveRegister(String to, char[] password, Progress progress) {
        return moveRegister(location(to), password, progress);
    }

    private MoveReport moveRegister(RegisterLocation to, char[] password, Progress progress) {
        RegisterLocation from = services.database().location();
        refuseSamePlace(from, to);
        return copy(target -> ReadOnlyRegister.of(services.database()), from, to, password, services.audit().staff(),
                services.clock(), progress);
    }

    /**
     * Copies the register at the address {@code from} (a file's path or {@code postgresql://…}), which is
     * only read, into a new register at {@code to} (see
     * {@link #moveRegister}); passwords for servers come from {@code PGPASSWORD} or the {@code .pgpass}
     * file. An H2 file is opened read-only (its bytes stay as they were; it must not be open in the
     * window); one last used by an older version is brought up to date in a temporary copy first.
     *
     * @throws RefusedException as {@link #moveRegister}
     * @throws CancelledException when {@code progress} was cancelled
     */
    public static MoveReport move(String from, String to, StaffMember staff, Clock clock, Progress progress) {
        return move(location(from), location(to), staff, clock, progress);
    }

    private static MoveReport move(RegisterLocation from, RegisterLocation to, StaffMember staff, Clock clock,
                                   Progress progress) {
        refuseSamePlace(from, to);
        if (from instanceof RegisterLocation.H2File file) {
            ReadOnlyRegister.open(file.file()).close();
        }
        Path[] temporary = new Path[1];
        try {
            return copy(target -> from instanceof RegisterLocation.H2File file ? upToDate(file.file(), target, temporary)
                    : ReadOnlyRegister.open(from, null), from, to, null, staff, clock, progress);
        } finally {
            TemporaryFiles.deleteTree(temporary[0]);
        }
    }

    /** The register at {@code address}: an H2 file's path, or {@code postgresql://host[:port]/database[?user=NAME]}. */
    private static RegisterLocation location(String address) {
        if (address == null || address.isBlank()) {
            throw new RefusedException("Say where the register is: a register file, or postgresql://server/database.");
        }
        try {
            return RegisterLocation.parse(address);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage());
        }
    }

    /** Opens {@code from} read-only; when it is older than the new register {@code target}, a temporary copy brought up to date. */
    private static ReadOnlyRegister upToDate(Path from, RegisterDatabase target, Path[] temporary) {
        ReadOnlyRegister source = ReadOnlyRegister.open(from);
        if (ReadOnlyRegister.compareVersions(source.schemaVersion(), ReadOnlyRegister.schemaVersion(target)) >= 0) {
            return source;
        }
        source.close();
        try {
            temporary[0] = Files.createTempDirectory("compact-register-move");
            Path copy = temporary[0].resolve("register" + RegisterDatabase.FILE_SUFFIX);
            ReadOnlyRegister.copyFile(from, copy);
            RegisterDatabase.open(copy).close();
            return ReadOnlyRegister.open(copy);
        } catch (IOException e) {
            throw new RefusedException("The register at " + from + " was last used by an older version, and a copy "
                    + "of it could not be brought up to date: " + FileProblems.reason(e) + ". Nothing was moved.");
        }
    }

    /** How the register to copy from is opened, once the new register {@code target} is open. */
    private interface SourceOpener {
        ReadOnlyRegister open(RegisterDatabase target);
    }

    private static MoveReport copy(SourceOpener opener, RegisterLocation from, RegisterLocation to, char[] password,
                                   StaffMember staff, Clock clock, Progress progress) {
        Path file = to instanceof RegisterLocation.H2File h2 ? h2.file() : null;
        boolean created = file != null && !Files.exists(file);
        long started = System.nanoTime();
        boolean kept = false;
        RegisterDatabase database = RegisterDatabase.open(to, password);
        try (ReadOnlyRegister source = opener.open(database)) {
            AuditEntry note = new AuditEntry(0, clock.instant(), staff, AuditAction.MOVED, null,
                    "Register moved here from " + from.describe() + " by " + staff, List.of());
            RegisterCopy.Check check = RegisterCopy.copy(source, database.jdbi(), RegisterCopy.Into.EMPTY_REGISTER, note,
                    (rows, total, table) -> progress.update(rows, total, table.equals(RegisterCopy.CHECKING)
                            ? "Checking the copy: every table's count, and every scan read back by its SHA-256"
                            : String.format(Locale.UK,
                            "Copying %s: %,d of %,d records", TABLE_WORDS.getOrDefault(table, table.replace('_', ' ')),
                            rows, total)),
                    new RegisterCopy.Stop(progress::isCancelled, progress::finishing));
            kept = true;
            if (from instanceof RegisterLocation.H2File movedFrom && file != null) {
                copyErasureLedger(movedFrom.file(), file);
            }
            return new MoveReport(from.describe(), to.describe(), check.rows("signatory"), check.rows("scan"),
                    check.totalRows(), check.scansCompared(), Duration.ofNanos(System.nanoTime() - started));
        } catch (RegisterCopy.CopyStoppedException e) {
            throw new CancelledException();
        } catch (RegisterCopy.CopyRefusedException e) {
            throw new RefusedException(e.getMessage());
        } finally {
            database.close();
            if (!kept && created) {
                TemporaryFiles.deleteQuietly(file);
                TemporaryFiles.deleteQuietly(file.resolveSibling(RegisterFiles.baseName(file) + ".trace.db"));
            }
        }
    }

    /**
     * The ledger of erasures beside the register file goes beside the new one too, so that a backup
     * older than an erasure, restored onto the new register, is erased again.
     */
    private static void copyErasureLedger(Path from, Path target) {
        Path ledger = ErasureService.ledgerFile(from);
        Path beside = ErasureService.ledgerFile(target);
        if (Files.isRegularFile(ledger) && !Files.exists(beside)) {
            try {
                Files.copy(ledger, beside);
            } catch (IOException e) {
                throw new RefusedException("The register was moved to " + target + ", but the ledger of erasures "
                        + ledger + " could not be copied beside it: " + FileProblems.reason(e)
                        + ". Copy that file there by hand.");
            }
        }
    }

    private static void refuseSamePlace(RegisterLocation from, RegisterLocation to) {
        if (from.equals(to) || from instanceof RegisterLocation.Server one && to instanceof RegisterLocation.Server other
                && one.host().equalsIgnoreCase(other.host()) && one.port() == other.port()
                && one.database().equals(other.database())) {
            throw new RefusedException("The register cannot be moved onto itself: choose a new file or a server.");
        }
    }
}
