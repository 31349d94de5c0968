package org.compactregister.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.DuplicateRule;
import org.compactregister.model.OrganisationName;
import org.compactregister.model.RegisteredName;
import org.compactregister.model.Text;

/**
 * The register's organisations held in memory while a file is checked, found by name key and by
 * postcode, so that the duplicate rule costs no query per row. Candidates are judged in the order
 * the register's own duplicate query gives them (by match key, then id), so the same existing
 * signatory is named; unlike that query, no candidate is left out past the fiftieth.
 */
final class RegisterNames {

    private static final Comparator<RegisteredName> QUERY_ORDER = Comparator
            .comparing(RegisteredName::organisationKey).thenComparingLong(RegisteredName::id);

    private final Map<String, List<RegisteredName>> byKey = new HashMap<>();
    private final Map<String, List<RegisteredName>> byPostcode = new HashMap<>();

    RegisterNames(List<RegisteredName> names) {
        for (RegisteredName name : names) {
            byKey.computeIfAbsent(name.organisationKey(), key -> new ArrayList<>(1)).add(name);
            if (!name.postcode().isEmpty()) {
                byPostcode.computeIfAbsent(name.postcode(), key -> new ArrayList<>(2)).add(name);
            }
        }
    }

    /** The first signatory in the register that {@code form} is likely a duplicate of, if any. */
    Optional<RegisteredName> likelyDuplicate(CommitmentForm form) {
        return likelyDuplicate(form, OrganisationName.matchKey(form.organisation()));
    }

    /** {@link #likelyDuplicate(CommitmentForm)} for a form whose organisation's match key is {@code key}. */
    Optional<RegisteredName> likelyDuplicate(CommitmentForm form, String key) {
        String postcode = form.address().postcode();
        List<RegisteredName> candidates = new ArrayList<>(byKey.getOrDefault(key, List.of()));
        if (!postcode.isEmpty()) {
            for (RegisteredName name : byPostcode.getOrDefault(postcode, List.of())) {
                if (!name.organisationKey().equals(key)) {
                    candidates.add(name);
                }
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        candidates.sort(QUERY_ORDER);
        return candidates.stream()
                .filter(existing -> DuplicateRule.isLikelyDuplicate(key, postcode,
                        OrganisationName.matchKey(existing.organisation()), Text.clean(existing.postcode())))
                .findFirst();
    }
}
