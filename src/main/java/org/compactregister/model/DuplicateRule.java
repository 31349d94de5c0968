package org.compactregister.model;

/**
 * When a newly entered organisation is probably one the register already holds: the same name
 * (ignoring case, punctuation, "The" and "Ltd"/"Limited"), or the same postcode and a very
 * similar name whose differences are slips rather than words that tell two groups apart (a men's
 * and a women's group of one centre, a church and its toddler group share a building and a
 * postcode; see {@link DistinguishingWords}).
 */
public final class DuplicateRule {

    private DuplicateRule() {
    }

    public static boolean isLikelyDuplicate(CommitmentForm entered, CommitmentForm existing) {
        if (OrganisationName.sameName(entered.organisation(), existing.organisation())) {
            return true;
        }
        String postcode = entered.address().postcode();
        return !postcode.isEmpty()
                && postcode.equals(existing.address().postcode())
                && OrganisationName.verySimilar(entered.organisation(), existing.organisation())
                && !DistinguishingWords.tellApart(OrganisationName.matchKey(entered.organisation()),
                        OrganisationName.matchKey(existing.organisation()));
    }
}
