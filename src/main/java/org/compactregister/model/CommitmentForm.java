package org.compactregister.model;

import java.time.LocalDate;

/**
 * What a returned commitment form says, in the order of the paper form (Name, Date, On behalf of
 * Organisation, Address, Tel, Email), followed by the register's own fields. A second phone number
 * (a mobile beside the office line, as spreadsheets bring them) is kept too. Text is never null;
 * dates, sector and how-received may be unknown (null).
 */
public record CommitmentForm(
        String signatoryName,
        LocalDate dateSigned,
        String organisation,
        Address address,
        String telephone,
        String secondTelephone,
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
        secondTelephone = Text.clean(secondTelephone);
        email = Text.clean(email);
        notes = Text.cleanMultiline(notes);
    }

    /** A form with one phone number, as the paper form has. */
    public CommitmentForm(String signatoryName, LocalDate dateSigned, String organisation, Address address,
                          String telephone, String email, Sector sector, LocalDate dateReceived,
                          HowReceived howReceived, String notes) {
        this(signatoryName, dateSigned, organisation, address, telephone, "", email, sector, dateReceived,
                howReceived, notes);
    }

    public CommitmentForm withAddress(Address newAddress) {
        return new CommitmentForm(signatoryName, dateSigned, organisation, newAddress, telephone, secondTelephone,
                email, sector, dateReceived, howReceived, notes);
    }

    public CommitmentForm withContact(String newTelephone, String newEmail) {
        return new CommitmentForm(signatoryName, dateSigned, organisation, address, newTelephone, secondTelephone,
                newEmail, sector, dateReceived, howReceived, notes);
    }

    public CommitmentForm withSecondTelephone(String newSecondTelephone) {
        return new CommitmentForm(signatoryName, dateSigned, organisation, address, telephone, newSecondTelephone,
                email, sector, dateReceived, howReceived, notes);
    }

    /**
     * This form with the third address line and the second phone of {@code kept}: for a screen that
     * shows neither, so that saving there never loses what an import brought.
     */
    public CommitmentForm withExtrasOf(CommitmentForm kept) {
        Address a = address;
        return withAddress(new Address(a.line1(), a.line2(), kept.address().line3(), a.town(), a.postcode()))
                .withSecondTelephone(kept.secondTelephone());
    }
}
