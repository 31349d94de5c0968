package org.compactregister.model;

import java.time.LocalDate;

/**
 * What a returned commitment form says, in the order of the paper form (Name, Date, On behalf of
 * Organisation, Address, Tel, Email), followed by the register's own fields. Text is never null;
 * dates, sector and how-received may be unknown (null).
 */
public record CommitmentForm(
        String signatoryName,
        LocalDate dateSigned,
        String organisation,
        Address address,
        String telephone,
        String email,
        Sector sector,
        LocalDate dateReceived,
        HowReceived howReceived,
        String notes) {

    public CommitmentForm {
        signatoryName = Text.clean(signatoryName);
        organisation = Text.clean(organisation);
        address = address == null ? Address.EMPTY : address;
        telephone = Text.clean(telephone);
        email = Text.clean(email);
        notes = Text.cleanMultiline(notes);
    }

    public CommitmentForm withAddress(Address newAddress) {
        return new CommitmentForm(signatoryName, dateSigned, organisation, newAddress, telephone, email,
                sector, dateReceived, howReceived, notes);
    }

    public CommitmentForm withContact(String newTelephone, String newEmail) {
        return new CommitmentForm(signatoryName, dateSigned, organisation, address, newTelephone, newEmail,
                sector, dateReceived, howReceived, notes);
    }
}
