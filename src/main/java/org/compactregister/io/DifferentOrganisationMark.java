package org.compactregister.io;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The import report's column "Different organisation": a refused row that only looked like an
 * organisation already in the register (or earlier in the file) is marked "yes" there, and when
 * the report is imported again the row goes in without the duplicate check.
 */
final class DifferentOrganisationMark {

    /** The column's heading in the saved report, and the heading the import looks for. */
    static final String COLUMN = "Different organisation";

    /** What a refused duplicate's reason adds, saying how to import it after all. */
    static final String HOW_TO_MARK = " If it is a different organisation, save the report, write yes in its column \""
            + COLUMN + "\" and import the report again.";

    private static final Set<String> YES = Set.of("yes", "y", "x", "true");

    private final int column;

    private DifferentOrganisationMark(int column) {
        this.column = column;
    }

    /** The mark as the file's header places it; no row is marked when the header has no such column. */
    static DifferentOrganisationMark in(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(COLUMN)) {
                return new DifferentOrganisationMark(i);
            }
        }
        return new DifferentOrganisationMark(-1);
    }

    boolean isMarked(CsvRow row) {
        return YES.contains(row.cell(column).strip().toLowerCase(Locale.ROOT));
    }
}
