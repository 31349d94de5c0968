package org.compactregister.io;

import java.util.List;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVPrinter;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;
import org.compactregister.persistence.SignatoryListQuery;
import org.compactregister.service.CancelledException;
import org.compactregister.service.Progress;
import org.compactregister.service.SafeFile;
import org.compactregister.service.Services;

/**
 * Writes the whole register as one spreadsheet-safe CSV, in order of entry. Its column names are
 * the ones the import reads, so an exported register can be imported into another.
 */
public final class RegisterCsvExport {

    public static final String[] HEADER = {"Reference", "Name", "Date", "On behalf of Organisation", "Address",
        "Address line 2", "Address line 3", "Town", "Postcode", "Tel", "Second tel", "Email", "Sector",
        "Date received", "How received", "Notes", "Status", "Acknowledged on", "Withdrawn on", "Withdrawal reason"};

    /**
     * The columns the export writes that the import does not read, since the register sets them
     * itself: the reference when a signatory is entered, the status as letters go out and
     * withdrawals are recorded.
     */
    public static final List<String> SET_BY_THE_REGISTER =
            List.of("Reference", "Status", "Acknowledged on", "Withdrawn on", "Withdrawal reason");

    /**
     * What importing a file the register wrote (this export, or a contact list as CSV) means for its
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

    private final Services services;
    private final SignatoryListQuery rows;

    public RegisterCsvExport(Services services) {
        this.services = services;
        this.rows = new SignatoryListQuery(services.database().jdbi());
    }

    /**
     * Writes every signatory to {@code out}, whole or not at all (see {@link SafeFile}); returns how many.
     *
     * @throws RefusedException when the file could not be written, saying why
     * @throws CancelledException when cancelled; no file is left behind
     */
    public int export(Path out, Progress progress) {
        int total = services.register().count();
        AtomicInteger written = new AtomicInteger();
        SafeFile.write(out, "The register", stream -> {
            try (CSVPrinter printer = SpreadsheetSafeCsv.open(stream, HEADER)) {
                rows.forEachInOrderOfEntry(signatory -> {
                    write(printer, signatory);
                    int done = written.incrementAndGet();
                    if (done % 1000 == 0) {
                        progress.checkCancelled();
                        progress.update(done, total, "Written " + done + " of " + total + " signatories…");
                    }
                });
            }
        });
        return written.get();
    }

    private static void write(CSVPrinter printer, Signatory signatory) {
        CommitmentForm form = signatory.form();
        try {
            SpreadsheetSafeCsv.printRow(printer, signatory.reference(), form.signatoryName(),
                    UkDate.formatShort(form.dateSigned()), form.organisation(), form.address().line1(),
                    form.address().line2(), form.address().line3(), form.address().town(),
                    form.address().postcode(), form.telephone(), form.secondTelephone(), form.email(), form.sector() == null ? "" : form.sector().label(),
                    UkDate.formatShort(form.dateReceived()),
                    form.howReceived() == null ? "" : form.howReceived().label(), form.notes(),
                    signatory.status().label(), UkDate.formatShort(signatory.acknowledgedOn()),
                    signatory.withdrawalIfAny().map(w -> UkDate.formatShort(w.date())).orElse(""),
                    signatory.withdrawalIfAny().map(w -> w.reason()).orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
