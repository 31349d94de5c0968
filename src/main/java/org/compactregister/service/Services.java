package org.compactregister.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.StaffMember;
import org.compactregister.persistence.AuditRepository;
import org.compactregister.persistence.ChangeListener;
import org.compactregister.persistence.RegisterCompaction;
import org.compactregister.persistence.RegisterDatabase;
import org.compactregister.model.RegisterLocation;
import org.compactregister.persistence.RegisterEncryption;
import org.compactregister.persistence.SettingsRepository;
import org.compactregister.persistence.SignatoryIds;
import org.compactregister.persistence.SignatoryRepository;

/**
 * Everything the window and the command line work with, over one open register database.
 * Opening it creates the database on first use; closing it releases the file.
 */
public final class Services implements AutoCloseable {

    private final RegisterDatabase database;
    private final RegisterPassword password;
    private final Clock clock;
    private final RegisterService register;
    private final SampleDataService sampleData;
    private final Settings settings;
    private final AuditTrail audit;
    private final RegisterChanges changes = new RegisterChanges();
    private volatile ChangeListener listener;
    private volatile boolean closed;

    private Services(RegisterDatabase database, RegisterPassword password, Clock clock, StaffMember staff) {
        this.database = database;
        this.password = database.hasPassword() ? password : null;
        this.clock = clock;
        SignatoryRepository signatories = new SignatoryRepository(database.jdbi());
        this.audit = new AuditTrail(new AuditRepository(database.jdbi()), staff, clock, changes);
        this.register = new RegisterService(signatories, audit, clock);
        this.sampleData = new SampleDataService(signatories, new SignatoryIds(database.jdbi()), audit, clock);
        this.settings = new Settings(new SettingsRepository(database.jdbi()), audit);
        changes.whenFirstListened(() -> listener = database.listenForChanges(new ServerChanges(changes, clock))
                .orElse(null));
    }

    /**
     * Opens the register at {@code databaseFile}.
     *
     * @throws org.compactregister.persistence.RegisterUnavailableException when it cannot be opened; the message says why
     */
    public static Services open(Path databaseFile, Clock clock) {
        return open(databaseFile, clock, StaffMember.ofComputerUser());
    }

    /**
     * Opens the register at {@code databaseFile}, recording changes against {@code staff}.
     *
     * @throws org.compactregister.persistence.RegisterUnavailableException when it cannot be opened; the message says why
     */
    public static Services open(Path databaseFile, Clock clock, StaffMember staff) {
        return open(databaseFile, clock, staff, null);
    }

    /**
     * Opens the register at {@code databaseFile} with its register password ({@code null} when it has
     * none), recording changes against {@code staff}.
     *
     * @throws org.compactregister.model.RegisterPasswordException when it has a password and
     *         {@code password} is missing or wrong (the file is not touched)
     * @throws org.compactregister.persistence.RegisterUnavailableException when it cannot be opened; the message says why
     */
    public static Services open(Path databaseFile, Clock clock, StaffMember staff, RegisterPassword password) {
        return new Services(RegisterDatabase.open(databaseFile, password), password, clock, staff);
    }

    /** Whether the register at {@code databaseFile} has a password (its file is encrypted); it is not opened. */
    public static boolean hasPassword(Path databaseFile) {
        return RegisterEncryption.isLocked(databaseFile);
    }

    /** The password the register was opened with; empty when it has none. Kept to open it again after a restore. */
    public Optional<RegisterPassword> password() {
        return Optional.ofNullable(password);
    }

    /**
     * Opens the register at {@code location} (an H2 file or a database on a server, the password from
     * {@code PGPASSWORD} or {@code .pgpass}), recording changes against {@code staff}.
     *
     * @throws org.compactregister.persistence.RegisterUnavailableException when it cannot be opened; the message says why
     */
    public static Services open(RegisterLocation location, Clock clock, StaffMember staff) {
        return open(location, null, clock, staff);
    }

    /**
     * Opens the register at {@code location}, recording changes against who is signed in: the
     * server's login on PostgreSQL, the computer's user on an H2 file. {@code password} may be null
     * (see {@link RegisterDatabase#open(RegisterLocation, char[])}); it is not kept.
     *
     * @throws org.compactregister.persistence.RegisterUnavailableException when it cannot be opened; the message says why
     */
    public static Services open(RegisterLocation location, char[] password, Clock clock) {
        RegisterDatabase database = RegisterDatabase.open(location, password);
        try {
            StaffMember staff = database.signedInAs().map(StaffMember::new).orElseGet(StaffMember::ofComputerUser);
            return new Services(database, null, clock, staff);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** As {@link #open(RegisterLocation, char[], Clock)} with the password from PGPASSWORD or .pgpass. */
    public static Services open(RegisterLocation location, Clock clock) {
        return open(location, null, clock);
    }

    /** Who changes are recorded against: the server's login, or the computer's user on H2. */
    public StaffMember staff() {
        return audit.staff();
    }

    /**
     * Opens the register at {@code location} (an H2 file or a database on a PostgreSQL server; see
     * {@link RegisterDatabase#open(RegisterLocation, char[])} for {@code password}, which may be null),
     * recording changes against {@code staff}.
     *
     * @throws org.compactregister.persistence.RegisterUnavailableException when it cannot be opened; the message says why
     */
    public static Services open(RegisterLocation location, char[] password, Clock clock, StaffMember staff) {
        return new Services(RegisterDatabase.open(location, password), null, clock, staff);
    }

    /** The audit trail every change is recorded in. */
    public AuditTrail audit() {
        return audit;
    }

    /** The feed of the register's changes: this program's own, and on a shared register the other PCs'. */
    public RegisterChanges changes() {
        return changes;
    }

    public RegisterService register() {
        return register;
    }

    public SampleDataService sampleData() {
        return sampleData;
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The register's H2 file.
     *
     * @throws IllegalStateException for a register on a server (see {@link #location()})
     */
    public Path databaseFile() {
        return database.file();
    }

    /** Where the register is: an H2 file or a database on a server. */
    public RegisterLocation location() {
        return database.location();
    }

    /** For services of later features that need the database directly. */
    public RegisterDatabase database() {
        return database;
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Closes the register. After an erasure the file is then compacted, so that the erased values
     * are nowhere in its bytes (see {@link ErasureService}).
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ChangeListener listening = listener;
        if (listening != null) {
            listening.close();
        }
        RegisterCompaction.closeCompactingAfterErasure(database);
    }
}
