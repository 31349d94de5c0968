package org.compactregister.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.compactregister.model.RegisterPassword;
import org.compactregister.model.StaffMember;
import org.compactregister.persistence.AuditRepository;
import org.compactregister.persistence.RegisterCompaction;
import org.compactregister.persistence.RegisterDatabase;
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
    private volatile boolean closed;

    private Services(RegisterDatabase database, RegisterPassword password, Clock clock, StaffMember staff) {
        this.database = database;
        this.password = database.hasPassword() ? password : null;
        this.clock = clock;
        SignatoryRepository signatories = new SignatoryRepository(database.jdbi());
        this.audit = new AuditTrail(new AuditRepository(database.jdbi()), staff, clock);
        this.register = new RegisterService(signatories, audit, clock);
        this.sampleData = new SampleDataService(signatories, new SignatoryIds(database.jdbi()), audit, clock);
        this.settings = new Settings(new SettingsRepository(database.jdbi()), audit);
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

    /** The audit trail every change is recorded in. */
    public AuditTrail audit() {
        return audit;
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

    public Path databaseFile() {
        return database.file();
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
        RegisterCompaction.closeCompactingAfterErasure(database);
    }
}
