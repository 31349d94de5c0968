package org.compactregister.list;

import java.time.LocalDate;
import java.util.Locale;
import org.compactregister.model.SignatoryListFilter;
import org.compactregister.model.SignatoryListOrder;

/** A list to print or export: which kind, which signatories, in which order. */
public record SignatoryList(SignatoryListKind kind, SignatoryListFilter filter, SignatoryListOrder order) {

    public SignatoryList {
        kind = kind == null ? SignatoryListKind.PUBLIC : kind;
        filter = filter == null ? SignatoryListFilter.current() : filter;
        order = order == null ? SignatoryListOrder.BY_SECTOR : order;
    }

    /** The public list of every current signatory, grouped by sector. */
    public static SignatoryList publicList() {
        return new SignatoryList(SignatoryListKind.PUBLIC, SignatoryListFilter.current(), SignatoryListOrder.BY_SECTOR);
    }

    public boolean groupedBySector() {
        return order == SignatoryListOrder.BY_SECTOR;
    }

    /** A file name to suggest when saving: {@code compact-signatories-public-2026-11-29.pdf}. */
    public String suggestedFileName(LocalDate today, String extension) {
        return "compact-signatories-" + kind.name().toLowerCase(Locale.ROOT) + "-" + today + "." + extension;
    }
}
