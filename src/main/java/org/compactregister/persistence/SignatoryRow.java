package org.compactregister.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.OrganisationName;
import org.compactregister.model.Status;
import org.compactregister.model.Withdrawal;

/** A signatory laid out as the columns of the {@code signatory} table, for binding by name. */
public record SignatoryRow(
        long id,
        int version,
        String signatoryName,
        LocalDate dateSigned,
        String organisation,
        String organisationKey,
        String addressLine1,
        String addressLine2,
        String addressLine3,
        String town,
        String postcode,
        String telephone,
        String secondTelephone,
        String email,
        String sector,
        LocalDate dateReceived,
        String howReceived,
        String notes,
        String status,
        LocalDate acknowledgedOn,
        LocalDate withdrawnOn,
        String withdrawalReason,
        OffsetDateTime now) {

    public static SignatoryRow of(long id, int version, CommitmentForm form, Status status, LocalDate acknowledgedOn,
                                  Withdrawal withdrawal, Instant now) {
        return new SignatoryRow(id, version,
                form.signatoryName(), form.dateSigned(), form.organisation(),
                OrganisationName.matchKey(form.organisation()),
                form.address().line1(), form.address().line2(), form.address().line3(), form.address().town(),
                form.address().postcode(), form.telephone(), form.secondTelephone(), form.email(),
                form.sector() == null ? null : form.sector().name(),
                form.dateReceived(),
                form.howReceived() == null ? null : form.howReceived().name(),
                form.notes(), status.name(), acknowledgedOn,
                withdrawal == null ? null : withdrawal.date(),
                withdrawal == null ? null : withdrawal.reason(),
                now.atOffset(ZoneOffset.UTC));
    }
}
