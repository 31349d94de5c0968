package org.compactregister.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A signatory's details as a letter prints them. Kept with each letter sent, so that a reprint is
 * the letter that went out even if the register has changed since.
 */
public record LetterRecipient(
        long signatoryId,
        String name,
        String organisation,
        Address address,
        LocalDate dateSigned,
        LocalDate dateReceived,
        String sector) {

    public LetterRecipient {
        name = Text.clean(name);
        organisation = Text.clean(organisation);
        address = address == null ? Address.EMPTY : address;
        sector = Text.clean(sector);
    }

    public static LetterRecipient of(Signatory signatory) {
        CommitmentForm form = signatory.form();
        return new LetterRecipient(signatory.id(), form.signatoryName(), form.organisation(), form.address(),
                form.dateSigned(), form.dateReceived(), Optional.ofNullable(form.sector()).map(Sector::label).orElse(""));
    }

    /** The register's reference, as printed: {@code CS-000042}. */
    public String reference() {
        return String.format("CS-%06d", signatoryId);
    }

    /** The lines of the envelope address: name, organisation, then the postal address. */
    public List<String> addressBlock() {
        List<String> lines = new ArrayList<>();
        if (!name.isEmpty()) {
            lines.add(name);
        }
        if (!organisation.isEmpty()) {
            lines.add(organisation);
        }
        lines.addAll(address.lines());
        return lines;
    }

    /** The organisation and reference, as a letter is named to staff: {@code "Oak Trust" (CS-000042)}. */
    public String describe() {
        return "\"" + organisation + "\" (" + reference() + ")";
    }
}
