package org.compactregister.model;

/**
 * What the register is asked to show: the words typed in the search box, the sector and status
 * filters (null for all), the order, and how many rows at most.
 */
public record RegisterQuery(String searchText, Sector sector, Status status, SortColumn sortBy,
                            boolean ascending, int limit) {

    /** Rows the register window reads at a time: a few screens of the table (the count is of all that match). */
    public static final int DEFAULT_LIMIT = 200;

    public RegisterQuery {
        searchText = Text.clean(searchText);
        sortBy = sortBy == null ? SortColumn.ORGANISATION : sortBy;
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static RegisterQuery everything() {
        return new RegisterQuery("", null, null, SortColumn.ORGANISATION, true, DEFAULT_LIMIT);
    }

    public RegisterQuery withSearchText(String text) {
        return new RegisterQuery(text, sector, status, sortBy, ascending, limit);
    }

    public RegisterQuery withSector(Sector newSector) {
        return new RegisterQuery(searchText, newSector, status, sortBy, ascending, limit);
    }

    public RegisterQuery withStatus(Status newStatus) {
        return new RegisterQuery(searchText, sector, newStatus, sortBy, ascending, limit);
    }

    public RegisterQuery sortedBy(SortColumn column, boolean asc) {
        return new RegisterQuery(searchText, sector, status, column, asc, limit);
    }

    public RegisterQuery withLimit(int newLimit) {
        return new RegisterQuery(searchText, sector, status, sortBy, ascending, newLimit);
    }
}
