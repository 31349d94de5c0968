package org.compactregister.service;

import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.model.StaffMember;
import org.compactregister.persistence.AuditRepository;
import org.compactregister.persistence.RegisterCompaction;
import org.compactregister.persistence.RegisterDatabase;
import org.compactregister.persistence.RegisterLocation;
import org.compactregister.persistence.SettingsRepository;
import org.compactregister.persistence.SignatoryIds;
import org.compactregister.persistence.SignatoryRepository;

/**
 * Everything the window and the command line work with, over one open register database.
 * Opening it creates the database on first use; closing it releases the file.
 */
public final class Services implements AutoCloseable {

    private final RegisterDatabase database;
    private final Clock clock;
    private final RegisterService register;
    private final SampleDataService sampleData;
    private final Settings settings;
    private final AuditTrail audit;

    private Services(RegisterDatabase database, Clock clock, StaffMember staff) {
        this.database = database;
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
        return new Services(RegisterDatabase.open(databaseFile), clock, staff);
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

    /** As {@link #open(RegisterLocation, Clock, StaffMember)}, for the computer's user. */
    public static Services open(RegisterLocation location, Clock clock) {
        return open(location, null, clock, StaffMember.ofComputerUser());
    }

    /**
     * Opens the register at {@code location} (an H2 file or a database on a PostgreSQL server; see
     * {@link RegisterDatabase#open(RegisterLocation, char[])} for {@code password}, which may be null),
     * recording changes against {@code staff}.
     *
     * @throws org.compactregister.persistence.RegisterUnavailableException when it cannot be opened; the message says why
     */
    public static Services open(RegisterLocation location, char[] password, Clock clock, StaffMember staff) {
        return new Services(RegisterDatabase.open(location, password), clock, staff);
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

    /**
     * Closes the register. After an erasure the file is then compacted, so that the erased values
     * are nowhere in its bytes (see {@link ErasureService}).
     */
    @Override
    public void close() {
        RegisterCompaction.closeCompactingAfterErasure(database);
    }
}
