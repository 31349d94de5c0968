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
        return isLikelyDuplicate(OrganisationName.matchKey(entered.organisation()), entered.address().postcode(),
                OrganisationName.matchKey(existing.organisation()), existing.address().postcode());
    }

    /**
     * {@link #isLikelyDuplicate(CommitmentForm, CommitmentForm)} for two organisations given by their
     * names' match keys ({@link OrganisationName#matchKey}) and their postcodes, for a caller that
     * judges one name against many and works out each key once.
     */
    public static boolean isLikelyDuplicate(String enteredKey, String enteredPostcode, String existingKey,
                                            String existingPostcode) {
        if (!enteredKey.isEmpty() && enteredKey.equals(existingKey)) {
            return true;
        }
        return !enteredPostcode.isEmpty()
                && enteredPostcode.equals(existingPostcode)
                && OrganisationName.verySimilarKeys(enteredKey, existingKey)
                && !DistinguishingWords.tellApart(enteredKey, existingKey);
    }
}
