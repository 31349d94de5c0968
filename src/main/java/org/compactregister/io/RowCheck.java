package org.compactregister.io;

import java.util.List;
import java.util.Optional;
import org.compactregister.model.CommitmentForm;

/** What the import makes of one row: the tidied form it would enter, or why it refuses the row. */
public record RowCheck(long line, List<String> cells, CommitmentForm form, Optional<String> refusal) {

    public RowCheck {
        cells = List.copyOf(cells);
    }

    public boolean isAccepted() {
        return refusal.isEmpty();
    }
}
