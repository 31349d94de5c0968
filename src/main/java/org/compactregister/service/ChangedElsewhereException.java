package org.compactregister.service;

import java.util.Optional;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.Signatory;
import org.compactregister.model.TwoVersions;

/**
 * Someone else saved (or deleted) the signatory since it was opened: this save would overwrite their
 * work, so nothing was saved. It carries both versions, so that the user can choose field by field
 * ({@link #comparison()}) and save the choice on top of theirs ({@link #theirs()}), checked again.
 */
public class ChangedElsewhereException extends RefusedException {

    private final transient Signatory opened;
    private final transient Signatory theirs;
    private final transient TwoVersions comparison;
    private final String savedBy;

    /**
     * @param opened  the version the user opened
     * @param mine    what the user tried to save
     * @param theirs  the version in the register now, or null when it has been deleted
     * @param savedBy who saved theirs and when ("alice at 10:42"), or empty when not known
     */
    public ChangedElsewhereException(Signatory opened, CommitmentForm mine, Signatory theirs, String savedBy) {
        super(message(opened, mine, theirs, savedBy));
        this.opened = opened;
        this.theirs = theirs;
        this.comparison = theirs == null ? null : TwoVersions.compare(opened.form(), theirs.form(), mine);
        this.savedBy = savedBy;
    }

    private static String message(Signatory opened, CommitmentForm mine, Signatory theirs, String savedBy) {
        String by = savedBy.isEmpty() ? "someone else" : savedBy;
        if (theirs == null) {
            return "\"" + opened.organisation() + "\" was deleted by " + by + " since you opened it, so your "
                    + "changes were not saved.";
        }
        TwoVersions versions = TwoVersions.compare(opened.form(), theirs.form(), mine);
        String differing = versions.differing().isEmpty() ? " Theirs already holds everything you typed."
                : " Yours and theirs differ in: " + versions.differingLabels() + ".";
        return "\"" + opened.organisation() + "\" was changed by " + by + " since you opened it, so your changes "
                + "were not saved over theirs." + differing;
    }

    /** The version the user opened. */
    public Signatory opened() {
        return opened;
    }

    /** The version in the register now; empty when someone deleted it. */
    public Optional<Signatory> theirs() {
        return Optional.ofNullable(theirs);
    }

    /** The opened, their and my version field by field; empty when theirs was deleted. */
    public Optional<TwoVersions> comparison() {
        return Optional.ofNullable(comparison);
    }

    /** "alice at 10:42": who saved theirs and when, or empty when not known. */
    public String savedBy() {
        return savedBy;
    }
}
