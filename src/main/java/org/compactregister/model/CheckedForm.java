package org.compactregister.model;

/**
 * A commitment form after the register's rules have looked at it: either the form in its tidied
 * form (postcode, phone and email normalised) with no errors, or the errors found.
 */
public record CheckedForm(CommitmentForm form, FieldErrors errors) {

    public boolean isValid() {
        return errors.isEmpty();
    }
}
