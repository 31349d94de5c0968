package org.compactregister.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A subject access request as logged: who asked (the name, email or phone searched for), the
 * references of the records found, when it came in, when the answer is due, and when it was answered
 * (null while open). {@code id} is 0 until stored.
 */
public record SubjectAccessRequest(long id, String person, List<String> references, LocalDate receivedOn,
                                   LocalDate dueOn, LocalDate answeredOn, String staff) {

    public SubjectAccessRequest {
        references = List.copyOf(references);
    }

    /**
     * The day the answer is due: one calendar month after {@code received}, as the ICO counts it (the
     * same day next month; the month's last day when it has no such day, so 31 January gives 28 or
     * 29 February).
     */
    public static LocalDate dueFor(LocalDate received) {
        return received.plusMonths(1);
    }

    public boolean isOpen() {
        return answeredOn == null;
    }

    /** Open and past its due date on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && today.isAfter(dueOn);
    }

    /** "Open, due 06/01/2027", "Overdue since 06/01/2027" or "Answered 20/12/2026". */
    public String state(LocalDate today) {
        if (!isOpen()) {
            return "Answered " + UkDate.formatShort(answeredOn);
        }
        return (isOverdue(today) ? "Overdue since " : "Open, due ") + UkDate.formatShort(dueOn);
    }
}
