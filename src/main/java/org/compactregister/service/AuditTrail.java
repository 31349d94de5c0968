package org.compactregister.service;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.AuditEntry;
import org.compactregister.model.AuditFilter;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.FieldChange;
import org.compactregister.model.StaffMember;
import org.compactregister.persistence.AuditRepository;
import org.compactregister.persistence.SignatoryBatch;

/**
 * The register's audit trail: every service that changes the register does it through
 * {@link #record}, so the change and the entry saying who made it, when, and what changed field by
 * field are committed together. Nothing in the app edits or removes entries (an erasure only blanks
 * the personal values in them).
 */
public final class AuditTrail {

    /** The most entries an export reads at once. */
    public static final int MAX_ENTRIES = 100_000;

    /** The most entries a window shows at once (narrow the filters to see older ones). */
    public static final int WINDOW_ENTRIES = 2_000;

    private final AuditRepository repository;
    private final StaffMember staff;
    private final Clock clock;
    private final RegisterChanges changes;

    /** A trail whose changes are told to a feed of its own (for tests and tools that do not listen). */
    public AuditTrail(AuditRepository repository, StaffMember staff, Clock clock) {
        this(repository, staff, clock, new RegisterChanges());
    }

    /** A trail that tells {@code changes} of every change it records, once committed. */
    public AuditTrail(AuditRepository repository, StaffMember staff, Clock clock, RegisterChanges changes) {
        this.repository = repository;
        this.staff = staff;
        this.clock = clock;
        this.changes = changes;
    }

    /** The feed this trail tells of every committed change. */
    RegisterChanges changes() {
        return changes;
    }

    /** Who the changes made here are recorded against. */
    public StaffMember staff() {
        return staff;
    }

    /**
     * Makes the change and records it in the same transaction. {@code describe} turns the change's
     * result into the entry (or null when the result shows nothing changed). An exception from either
     * leaves the register as it was and records nothing.
     *
     * @throws ServerAwayException at once, changing nothing, while the shared register's server is away
     */
    public <T> T record(Supplier<T> change, Function<T, AuditDraft> describe) {
        refuseWhileAway();
        return repository.inTransactionRecording(change, result -> {
            AuditDraft draft = describe.apply(result);
            return draft == null ? null : entry(draft);
        }, this::publish);
    }

    /** Tells the feed of a change once it has committed. */
    private void publish(org.compactregister.persistence.RecordedChange recorded) {
        AuditEntry entry = recorded.entry();
        RegisterChanges.Kind kind = RegisterChanges.kindOf(entry.action(), entry.signatoryId());
        changes.publish(new RegisterChanges.Change(kind, entry.signatoryId() == null ? 0 : entry.signatoryId(),
                recorded.version(), entry.staff().name(), entry.recordedAt(), false));
    }

    /**
     * Refuses at once, in words, while the shared register's server is away: for a change that
     * reads the register before it records anything.
     *
     * @throws ServerAwayException while the server is away
     */
    void refuseWhileAway() {
        RegisterChanges.Link link = changes.link();
        if (!link.connected()) {
            throw new ServerAwayException(link, clock.getZone());
        }
    }

    /**
     * Like {@link #record}, for a change that adds signatories in bulk (an import). {@code change} is
     * given a listener to hand each {@link SignatoryBatch} ({@link SignatoryBatch#whenSent}): as each
     * batch goes in, its entry gets one change per signatory, as {@link #row} makes it, in the order
     * they went in, so an entry of any size holds none of them in memory. {@code describe} then gets
     * the result and how many signatories were added, and gives the entry's action and summary (or
     * null: nothing recorded, and nothing added). An exception from either undoes it all.
     *
     * @throws ServerAwayException at once, changing nothing, while the shared register's server is away
     */
    public <T> T recordEntered(AuditAction action, Function<SignatoryBatch.Sent, T> change,
                               java.util.function.BiFunction<T, Integer, AuditDraft> describe) {
        refuseWhileAway();
        AuditEntry opening = entry(new AuditDraft(action, null, action.name(), List.of()));
        return repository.inTransactionRecordingRows(opening,
                rows -> change.apply((ids, forms) -> {
                    List<FieldChange> added = new java.util.ArrayList<>(ids.length);
                    for (int i = 0; i < ids.length; i++) {
                        added.add(row(ids[i], forms.get(i)));
                    }
                    rows.add(added);
                }),
                (result, added) -> {
                    AuditDraft draft = describe.apply(result, added);
                    return draft == null ? null : entry(draft);
                }, this::publish);
    }

    /** Records a change made outside the register's tables (such as letters made into a PDF). */
    public void note(AuditDraft draft) {
        record(() -> draft, d -> d);
    }

    /** The entries that match, newest first (at most {@link #MAX_ENTRIES}). */
    public List<AuditEntry> find(AuditFilter filter) {
        return find(filter, MAX_ENTRIES);
    }

    /** The newest {@code limit} entries that match, newest first. */
    public List<AuditEntry> find(AuditFilter filter, int limit) {
        return repository.find(filter, clock.getZone(), Math.min(limit, MAX_ENTRIES));
    }

    /** The entries about one signatory, newest first. */
    public List<AuditEntry> about(long signatoryId) {
        return find(AuditFilter.everything().forSignatory(signatoryId));
    }

    /**
     * The changes of a bulk entry (an import, sample data): one per signatory added, naming it, with
     * all its fields in one value ("Name: …; On behalf of organisation: …"), which is personal data.
     */
    public static List<FieldChange> rows(List<org.compactregister.model.Signatory> added) {
        return added.stream().map(AuditTrail::row).toList();
    }

    /** The change of a bulk entry for one signatory added (see {@link #rows}). */
    public static FieldChange row(org.compactregister.model.Signatory signatory) {
        return row(signatory.id(), signatory.form());
    }

    /** The change of a bulk entry for the signatory {@code form} became, whose id is {@code id}. */
    public static FieldChange row(long id, CommitmentForm form) {
        return new FieldChange("Row", null, org.compactregister.model.SignatoryFields.ofForm(form).entrySet()
                .stream()
                .filter(field -> !field.getValue().isEmpty())
                .map(field -> field.getKey() + ": " + field.getValue())
                .collect(java.util.stream.Collectors.joining("; ")), true, id);
    }

    private AuditEntry entry(AuditDraft draft) {
        return new AuditEntry(0, clock.instant(), staff, draft.action(), draft.signatoryId(), draft.summary(),
                draft.changes());
    }
}
