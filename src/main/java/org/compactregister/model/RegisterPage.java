package org.compactregister.model;

import java.util.List;

/** The signatories that answer a query (at most the query's limit), and how many answer in all. */
public record RegisterPage(List<Signatory> signatories, int totalMatching) {

    public RegisterPage {
        signatories = List.copyOf(signatories);
    }

    public boolean isTruncated() {
        return totalMatching > signatories.size();
    }
}
