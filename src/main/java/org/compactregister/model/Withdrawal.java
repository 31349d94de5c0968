package org.compactregister.model;

import java.time.LocalDate;

/** An organisation's withdrawal from the Compact: when, and why. Its history stays in the register. */
public record Withdrawal(LocalDate date, String reason) {

    public Withdrawal {
        reason = Text.cleanMultiline(reason);
    }
}
