package org.compactregister.io;

import java.util.List;
import java.util.Optional;
import org.compactregister.model.CommitmentForm;

/**
 * What the import makes of one row: the tidied form it would enter, or why it refuses the row, and
 * what it repaired or left out on the way ({@code notes}, like a phone number's lost leading zero).
 */
public record RowCheck(long line, List<String> cells, CommitmentForm form, Optional<String> refusal,
                       List<String> notes) {

    public RowCheck {
        cells = List.copyOf(cells);
        notes = List.copyOf(notes);
    }

    public RowCheck(long line, List<String> cells, CommitmentForm form, Optional<String> refusal) {
        this(line, cells, form, refusal, List.of());
    }

    public boolean isAccepted() {
        return refusal.isEmpty();
    }
}
