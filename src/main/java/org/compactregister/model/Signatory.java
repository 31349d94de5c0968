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

    /**
     * The id a reference names ({@code CS-000042}, {@code cs-42} or {@code 42}), or empty when the
     * text is not a reference.
     */
    public static java.util.OptionalLong idOf(String reference) {
        String text = reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
        if (text.startsWith("CS-")) {
            text = text.substring(3);
        }
        if (text.isEmpty() || text.length() > 12 || !text.chars().allMatch(Character::isDigit)) {
            return java.util.OptionalLong.empty();
        }
        long id = Long.parseLong(text);
        return id > 0 ? java.util.OptionalLong.of(id) : java.util.OptionalLong.empty();
    }
}
