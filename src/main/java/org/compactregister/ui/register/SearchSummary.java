package org.compactregister.ui.register;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.compactregister.model.Plural;
import org.compactregister.model.RegisterPage;
import org.compactregister.model.RegisterQuery;

/**
 * The words that go with the signatories the register screen shows: the line under the table (how
 * many match, or that only the first ones are shown) and what the table says when it is empty (how
 * to start, or how the search looks). Part of {@link RegisterViewModel}; both empty until the first
 * answer.
 */
final class SearchSummary {

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.UK);

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");

    SearchSummary() {
    }

    /**
     * Words for {@code page}, the search's answer to {@code query}; {@code registerEmpty}: the
     * register holds no signatory at all (not only none that match).
     */
    void show(RegisterPage page, RegisterQuery query, boolean registerEmpty) {
        int total = page.totalMatching();
        boolean filtered = !query.searchText().isEmpty() || query.sector() != null || query.status() != null;
        if (page.isTruncated()) {
            summary.set("Showing the first " + COUNT.format(page.signatories().size()) + " of "
                    + COUNT.format(total) + " signatories" + (filtered ? " that match" : "")
                    + ". Type in the search box to narrow the list.");
        } else if (filtered) {
            summary.set(Plural.count(total, "signatory matches.", "signatories match."));
        } else {
            summary.set(Plural.count(total, "signatory in the register.", "signatories in the register."));
        }
        if (registerEmpty) {
            emptyMessage.set("The register is empty. Enter a returned commitment form with New form (Ctrl+N), "
                    + "or try the register out with File > Fill with sample signatories.");
        } else if (!query.searchText().isEmpty()) {
            emptyMessage.set("No signatory matches \"" + query.searchText() + "\"" + (query.sector() != null
                    || query.status() != null ? " with these filters." : ".")
                    + " Search looks in the organisation, name, postcode, email and phone: the start of words first, "
                    + "then letters inside words, then words with one letter wrong, missing or swapped.");
        } else {
            emptyMessage.set("No signatory has this sector and status.");
        }
    }

    /** The line under the table: "3 signatories match.", "Showing the first 200 of 1,234 signatories. …". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the table says when it shows no signatory. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }
}
