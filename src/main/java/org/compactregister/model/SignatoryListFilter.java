package org.compactregister.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which signatories a printed list or export holds: one sector or all (null), one status or all
 * (null), signed between two dates (either end may be open, both ends included), and whether
 * withdrawn organisations are left out (they are, unless asked for or the status chosen is
 * {@link Status#WITHDRAWN}).
 */
public record SignatoryListFilter(Sector sector, Status status, LocalDate signedFrom, LocalDate signedTo,
                                  boolean includeWithdrawn) {

    /** Every current signatory: withdrawn organisations left out. */
    public static SignatoryListFilter current() {
        return new SignatoryListFilter(null, null, null, null, false);
    }

    /** True when withdrawn organisations are left out of the list. */
    public boolean excludesWithdrawn() {
        return !includeWithdrawn && status != Status.WITHDRAWN;
    }

    /** The dates in the wrong order: "from" after "to". */
    public boolean datesReversed() {
        return signedFrom != null && signedTo != null && signedFrom.isAfter(signedTo);
    }

    public SignatoryListFilter withSector(Sector newSector) {
        return new SignatoryListFilter(newSector, status, signedFrom, signedTo, includeWithdrawn);
    }

    public SignatoryListFilter withStatus(Status newStatus) {
        return new SignatoryListFilter(sector, newStatus, signedFrom, signedTo, includeWithdrawn);
    }

    public SignatoryListFilter signedBetween(LocalDate from, LocalDate to) {
        return new SignatoryListFilter(sector, status, from, to, includeWithdrawn);
    }

    public SignatoryListFilter withWithdrawn(boolean include) {
        return new SignatoryListFilter(sector, status, signedFrom, signedTo, include);
    }

    /** The filter in words, for a list's subtitle: "Social enterprise; signed from 1 January 2025". Empty for none. */
    public String describe() {
        StringBuilder words = new StringBuilder();
        if (sector != null) {
            words.append(sector.label());
        }
        if (status != null) {
            append(words, "status " + status.label().toLowerCase(Locale.UK));
        }
        if (signedFrom != null && signedTo != null) {
            append(words, "signed " + UkDate.formatLong(signedFrom) + " to " + UkDate.formatLong(signedTo));
        } else if (signedFrom != null) {
            append(words, "signed on or after " + UkDate.formatLong(signedFrom));
        } else if (signedTo != null) {
            append(words, "signed on or before " + UkDate.formatLong(signedTo));
        }
        if (includeWithdrawn && status == null) {
            append(words, "withdrawn organisations included");
        }
        return words.toString();
    }

    private static void append(StringBuilder words, String part) {
        if (words.length() > 0) {
            words.append("; ");
        }
        words.append(part);
    }
}
