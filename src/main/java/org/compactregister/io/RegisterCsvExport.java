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
