package org.compactregister.io;

import java.util.List;

/**
 * A CSV file the register wrote itself ({@link RegisterCsvExport}, or a contact list saved as CSV),
 * told apart on import by the status columns it holds, which the import does not read: importing
 * it would enter every organisation in it again as new and received.
 */
public final class RegisterWrittenFile {

    private RegisterWrittenFile() {
    }

    /**
     * The columns {@link RegisterCsvExport} writes that the import does not read, since the register sets them
     * itself: the reference when a signatory is entered, the status as letters go out and
     * withdrawals are recorded.
     */
    public static final List<String> SET_BY_THE_REGISTER =
            List.of("Reference", "Status", "Acknowledged on", "Withdrawn on", "Withdrawal reason");

    /**
     * What importing a file the register wrote (its export, or a contact list as CSV) means for its
     * statuses, in the office's words; each front adds how it moves a whole register instead.
     */
    public static final String STATUSES_NOT_IMPORTED = "This file comes from the register (its export or a "
            + "contact list): its statuses (Status, Acknowledged on, Withdrawn on) are not imported. Every "
            + "organisation in it would come in as a new signatory, received and not yet acknowledged: those already "
            + "acknowledged would get acknowledgement letters again, and those withdrawn would be listed as "
            + "signatories.";

    /**
     * True when {@code columns} (a file's columns that no field is read from) are this export's
     * status columns: the file is an export of a register, whose statuses an import would not keep.
     */
    public static boolean holdsStatuses(List<String> columns) {
        return columns.stream().anyMatch("Status"::equalsIgnoreCase)
                && columns.stream().anyMatch("Acknowledged on"::equalsIgnoreCase);
    }
}
