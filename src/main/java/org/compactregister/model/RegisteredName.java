package org.compactregister.model;

/**
 * The little the duplicate rule needs of a signatory already in the register: its id, organisation
 * (and that name's match key, see {@link OrganisationName#matchKey}), postcode and who signed.
 */
public record RegisteredName(long id, String organisation, String organisationKey, String postcode,
                             String signatoryName) {

    /** The register's reference, as {@link Signatory#reference()} gives it: {@code CS-000042}. */
    public String reference() {
        return Signatory.referenceOf(id);
    }
}
