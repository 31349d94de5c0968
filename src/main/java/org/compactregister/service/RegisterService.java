package org.compactregister.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.compactregister.model.AuditAction;
import org.compactregister.model.AuditDraft;
import org.compactregister.model.CheckedForm;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.CommitmentFormRules;
import org.compactregister.model.DuplicateRule;
import org.compactregister.model.FieldChange;
import org.compactregister.model.OrganisationName;
import org.compactregister.model.RegisterPage;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.model.SignatoryFields;
import org.compactregister.model.Status;
import org.compactregister.model.Withdrawal;
import org.compactregister.persistence.SignatoryRepository;

/**
 * The register's use cases: enter a returned form, change it, record a withdrawal, delete, find.
 * The window and the command line both come through here, so the rules are the same for both.
 * Every change is recorded in the {@link AuditTrail} in the same transaction.
 */
public final class RegisterService {

    private final SignatoryRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    /** Over a repository alone (as tests build it): changes are recorded against the computer's user. */
    public RegisterService(SignatoryRepository repository, Clock clock) {
        this(repository, new AuditTrail(repository.audits(), org.compactregister.model.StaffMember.ofComputerUser(),
                clock), clock);
    }

    public RegisterService(SignatoryRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** "CS-000042 "Oak Trust"": how an audit summary names a signatory (no personal data). */
    static String named(Signatory signatory) {
        return signatory.reference() + " \"" + signatory.organisation() + "\"";
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Checks the form against the register's rules without saving anything. */
    public CheckedForm check(CommitmentForm form) {
        return CommitmentFormRules.check(form, today());
    }

    /**
     * Checks a change to {@code opened} (null: a new form) without saving anything: a letter the
     * register cannot print is told only in a field the change touches.
     */
    public CheckedForm check(CommitmentForm form, Signatory opened) {
        return CommitmentFormRules.check(form, today(), opened == null ? null : opened.form());
    }

    /**
     * Enters a returned commitment form. A form that breaks the rules, or (unless
     * {@code saveEvenIfDuplicate}) names an organisation the register already seems to hold, is not stored.
     */
    public SaveOutcome register(CommitmentForm typed, boolean saveEvenIfDuplicate) {
        audit.refuseWhileAway();
        CheckedForm checked = check(typed);
        if (!checked.isValid()) {
            return new SaveOutcome.Invalid(checked.errors());
        }
        CommitmentForm form = checked.form();
        if (!saveEvenIfDuplicate) {
            List<Signatory> duplicates = likelyDuplicates(form, 0);
            if (!duplicates.isEmpty()) {
                return new SaveOutcome.PossibleDuplicates(form, duplicates);
            }
        }
        Signatory saved = audit.record(() -> repository.add(form, clock.instant()),
                added -> new AuditDraft(AuditAction.CREATED, added.id(), "Entered " + named(added),
                        SignatoryFields.created(SignatoryFields.of(added))));
        return new SaveOutcome.Saved(saved);
    }

    /**
     * Saves changes to a signatory opened at {@code version}.
     *
     * @throws ChangedElsewhereException when someone else saved or deleted it in the meantime
     */
    public SaveOutcome update(Signatory opened, CommitmentForm typed, boolean saveEvenIfDuplicate) {
        audit.refuseWhileAway();
        CheckedForm checked = check(typed, opened);
        if (!checked.isValid()) {
            return new SaveOutcome.Invalid(checked.errors());
        }
        CommitmentForm form = checked.form();
        if (!saveEvenIfDuplicate) {
            List<Signatory> duplicates = likelyDuplicates(form, opened.id());
            boolean nameOrPostcodeChanged = !OrganisationName.sameName(form.organisation(), opened.organisation())
                    || !form.address().postcode().equals(opened.form().address().postcode());
            if (nameOrPostcodeChanged && !duplicates.isEmpty()) {
                return new SaveOutcome.PossibleDuplicates(form, duplicates);
            }
        }
        Signatory saved = audit.record(() -> repository.save(opened.id(), opened.version(), form, opened.status(),
                        opened.acknowledgedOn(), opened.withdrawal(), clock.instant()),
                        stored -> stored.map(after -> changed(AuditAction.EDITED, "Edited ", opened, after)).orElse(null))
                .orElseThrow(() -> changedElsewhere(opened, form));
        return new SaveOutcome.Saved(saved);
    }

    /**
     * Saves a form the signatory returned again (a renewal or a change of details): its details as
     * typed, and its status back to received, so that an acknowledgement letter is due again. A
     * withdrawn organisation that returns a form rejoins.
     *
     * @throws ChangedElsewhereException when someone else saved or deleted it in the meantime
     */
    public SaveOutcome receiveAgain(Signatory opened, CommitmentForm typed) {
        audit.refuseWhileAway();
        CheckedForm checked = check(typed, opened);
        if (!checked.isValid()) {
            return new SaveOutcome.Invalid(checked.errors());
        }
        Signatory saved = audit.record(() -> repository.save(opened.id(), opened.version(), checked.form(),
                                Status.RECEIVED, null, null, clock.instant()),
                        stored -> stored.map(after -> changed(AuditAction.RECEIVED_AGAIN, "Form received again for ",
                                opened, after)).orElse(null))
                .orElseThrow(() -> changedElsewhere(opened, checked.form()));
        return new SaveOutcome.Saved(saved);
    }

    /**
     * Records that the organisation has withdrawn from the Compact. The record and its history stay.
     *
     * @throws RefusedException when the date or reason is missing or impossible
     * @throws ChangedElsewhereException when someone else saved it in the meantime
     */
    public Signatory withdraw(Signatory opened, Withdrawal withdrawal) {
        audit.refuseWhileAway();
        if (opened.status() == Status.WITHDRAWN) {
            throw new RefusedException("\"" + opened.organisation() + "\" has already withdrawn.");
        }
        if (withdrawal.date() == null) {
            throw new RefusedException("Enter the date the organisation withdrew.");
        }
        if (withdrawal.date().isAfter(today())) {
            throw new RefusedException("The date of withdrawal cannot be in the future.");
        }
        if (withdrawal.date().isBefore(opened.form().dateSigned())) {
            throw new RefusedException("The organisation cannot withdraw before it signed ("
                    + opened.form().dateSigned() + ").");
        }
        if (withdrawal.reason().isEmpty()) {
            throw new RefusedException("Enter the reason for the withdrawal, as the organisation gave it.");
        }
        return audit.record(() -> repository.save(opened.id(), opened.version(), opened.form(), Status.WITHDRAWN,
                        opened.acknowledgedOn(), withdrawal, clock.instant()),
                        stored -> stored.map(after -> changed(AuditAction.WITHDRAWN, "Withdrawal recorded for ",
                                opened, after)).orElse(null))
                .orElseThrow(() -> changedElsewhere(opened, opened.form()));
    }

    /**
     * Deletes a signatory for good (the window asks first, naming the organisation).
     *
     * @throws RefusedException when it is no longer in the register
     */
    public void delete(Signatory signatory) {
        audit.refuseWhileAway();
        Optional<Signatory> deleted = audit.record(() -> repository.find(signatory.id())
                        .filter(before -> repository.delete(before.id())),
                gone -> gone.map(before -> new AuditDraft(AuditAction.DELETED, before.id(), "Deleted " + named(before),
                        SignatoryFields.removed(SignatoryFields.of(before)))).orElse(null));
        if (deleted.isEmpty()) {
            throw new RefusedException("\"" + signatory.organisation() + "\" is no longer in the register: "
                    + "someone else has deleted it.");
        }
    }

    /** Signatories the register already holds that are probably the organisation on this form. */
    public List<Signatory> likelyDuplicates(CommitmentForm form, long excludingId) {
        return repository.findSharingNameOrPostcode(OrganisationName.matchKey(form.organisation()),
                        form.address().postcode(), excludingId)
                .stream()
                .filter(existing -> DuplicateRule.isLikelyDuplicate(form, existing.form()))
                .toList();
    }

    /**
     * The signatories {@code query} finds, best matches first (see {@code persistence.RegisterSearch}),
     * at most its limit, with the count of all.
     */
    public RegisterPage search(RegisterQuery query) {
        return repository.search(query);
    }

    /** Reads the register into the search's memory now, so that the first keystroke does not wait for it. */
    public void prepareSearch() {
        repository.prepareSearch();
    }

    public Optional<Signatory> find(long id) {
        return repository.find(id);
    }

    public int count() {
        return repository.count();
    }

    /** Marks received signatories as acknowledged on {@code date}; returns how many changed. */
    public int markAcknowledged(Collection<Long> ids, LocalDate date) {
        return audit.record(() -> {
            List<Long> received = ids.stream().distinct().filter(id -> repository.find(id)
                    .filter(s -> s.status() == Status.RECEIVED).isPresent()).toList();
            repository.markAcknowledged(received, date);
            return received;
        }, changed -> changed.isEmpty() ? null : acknowledged(changed, date)).size();
    }

    /** The entry for signatories marked acknowledged on {@code date}: one status change each. */
    static AuditDraft acknowledged(List<Long> ids, LocalDate date) {
        List<FieldChange> changes = new ArrayList<>();
        for (long id : ids) {
            changes.add(new FieldChange("Status", Status.RECEIVED.label(), Status.ACKNOWLEDGED.label(), false, id));
            changes.add(new FieldChange("Acknowledged on", null, org.compactregister.model.UkDate.formatShort(date),
                    false, id));
        }
        Long only = ids.size() == 1 ? ids.get(0) : null;
        return new AuditDraft(AuditAction.ACKNOWLEDGED, only, "Marked " + org.compactregister.model.Plural.of(
                ids.size(), "signatory", "signatories") + " acknowledged", changes);
    }

    /** The refusal of a save over a newer version: with theirs as it is now, and who saved it when. */
    private ChangedElsewhereException changedElsewhere(Signatory opened, CommitmentForm mine) {
        Optional<Signatory> theirs = repository.find(opened.id());
        String savedBy = audit.find(org.compactregister.model.AuditFilter.everything().forSignatory(opened.id()), 1)
                .stream().findFirst().map(this::whoAndWhen).orElse("");
        return new ChangedElsewhereException(opened, mine, theirs.orElse(null), savedBy);
    }

    /** "alice at 10:42" today, "alice on 5 December 2026 at 10:42" before. */
    private String whoAndWhen(org.compactregister.model.AuditEntry entry) {
        java.time.ZonedDateTime at = entry.recordedAt().atZone(clock.getZone());
        String time = String.format("%02d:%02d", at.getHour(), at.getMinute());
        return entry.staff().name() + (at.toLocalDate().equals(today()) ? " at " + time
                : " on " + org.compactregister.model.UkDate.formatLong(at.toLocalDate()) + " at " + time);
    }

    private static AuditDraft changed(AuditAction action, String what, Signatory before, Signatory after) {
        return new AuditDraft(action, after.id(), what + named(after),
                SignatoryFields.changes(SignatoryFields.of(before), SignatoryFields.of(after)));
    }
}
