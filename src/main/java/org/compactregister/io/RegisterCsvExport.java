package org.compactregister.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVPrinter;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;
import org.compactregister.persistence.SignatoryMapper;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
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

    public RegisterCsvExport(Services services) {
        this.services = services;
    }

    /** Writes every signatory to {@code out} (beside it first, then moved into place); returns how many. */
    public int export(Path out, Progress progress) {
        int total = services.register().count();
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        AtomicInteger written = new AtomicInteger();
        try {
            try (OutputStream stream = Files.newOutputStream(partial);
                 CSVPrinter printer = SpreadsheetSafeCsv.open(stream, HEADER)) {
                services.database().jdbi().useHandle(handle -> handle
                        .createQuery("SELECT * FROM signatory ORDER BY id")
                        .setFetchSize(1000)
                        .map(new SignatoryMapper())
                        .useStream(rows -> rows.forEach(signatory -> {
                            write(printer, signatory);
                            int done = written.incrementAndGet();
                            if (done % 1000 == 0) {
                                progress.checkCancelled();
                                progress.update(done, total, "Written " + done + " of " + total + " signatories…");
                            }
                        })));
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            return written.get();
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            throw new RefusedException("The register could not be written to " + out + ": " + org.compactregister.service.FileProblems.reason(e)
                    + ". Choose another folder, or check there is room on the disk.");
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the first problem is the one to report
        }
    }
}
