package org.compactregister.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.compactregister.model.CheckedForm;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.CommitmentFormRules;
import org.compactregister.model.DuplicateRule;
import org.compactregister.model.OrganisationName;
import org.compactregister.model.RegisterPage;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.model.Status;
import org.compactregister.model.Withdrawal;
import org.compactregister.persistence.SignatoryRepository;

/**
 * The register's use cases: enter a returned form, change it, record a withdrawal, delete, find.
 * The window and the command line both come through here, so the rules are the same for both.
 */
public final class RegisterService {

    private final SignatoryRepository repository;
    private final Clock clock;

    public RegisterService(SignatoryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Checks the form against the register's rules without saving anything. */
    public CheckedForm check(CommitmentForm form) {
        return CommitmentFormRules.check(form, today());
    }

    /**
     * Enters a returned commitment form. A form that breaks the rules, or (unless
     * {@code saveEvenIfDuplicate}) names an organisation the register already seems to hold, is not stored.
     */
    public SaveOutcome register(CommitmentForm typed, boolean saveEvenIfDuplicate) {
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
        return new SaveOutcome.Saved(repository.add(form, clock.instant()));
    }

    /**
     * Saves changes to a signatory opened at {@code version}.
     *
     * @throws ChangedElsewhereException when someone else saved or deleted it in the meantime
     */
    public SaveOutcome update(Signatory opened, CommitmentForm typed, boolean saveEvenIfDuplicate) {
        CheckedForm checked = check(typed);
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
        Signatory saved = repository.save(opened.id(), opened.version(), form, opened.status(),
                        opened.acknowledgedOn(), opened.withdrawal(), clock.instant())
                .orElseThrow(() -> new ChangedElsewhereException(opened.organisation()));
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
        CheckedForm checked = check(typed);
        if (!checked.isValid()) {
            return new SaveOutcome.Invalid(checked.errors());
        }
        Signatory saved = repository.save(opened.id(), opened.version(), checked.form(), Status.RECEIVED, null, null,
                        clock.instant())
                .orElseThrow(() -> new ChangedElsewhereException(opened.organisation()));
        return new SaveOutcome.Saved(saved);
    }

    /**
     * Records that the organisation has withdrawn from the Compact. The record and its history stay.
     *
     * @throws RefusedException when the date or reason is missing or impossible
     * @throws ChangedElsewhereException when someone else saved it in the meantime
     */
    public Signatory withdraw(Signatory opened, Withdrawal withdrawal) {
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
        return repository.save(opened.id(), opened.version(), opened.form(), Status.WITHDRAWN,
                        opened.acknowledgedOn(), withdrawal, clock.instant())
                .orElseThrow(() -> new ChangedElsewhereException(opened.organisation()));
    }

    /**
     * Deletes a signatory for good (the window asks first, naming the organisation).
     *
     * @throws RefusedException when it is no longer in the register
     */
    public void delete(Signatory signatory) {
        if (!repository.delete(signatory.id())) {
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
        return repository.markAcknowledged(ids, date);
    }
}
