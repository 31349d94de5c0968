package org.compactregister.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An organisation in the register: the commitment form it returned and where it stands now.
 * {@code version} goes up with every save, so that a stale copy cannot overwrite a newer one.
 */
public record Signatory(
        long id,
        int version,
        CommitmentForm form,
        Status status,
        LocalDate acknowledgedOn,
        Withdrawal withdrawal,
        Instant createdAt,
        Instant updatedAt) {

    public String organisation() {
        return form.organisation();
    }

    public String signatoryName() {
        return form.signatoryName();
    }

    public Optional<Withdrawal> withdrawalIfAny() {
        return Optional.ofNullable(withdrawal);
    }

    /** The register's reference for this signatory, as printed on letters: {@code CS-000042}. */
    public String reference() {
        return referenceOf(id);
    }

    /** The reference of the signatory with this id: {@code CS-000042}. */
    public static String referenceOf(long id) {
        return String.format("CS-%06d", id);
    }
}
