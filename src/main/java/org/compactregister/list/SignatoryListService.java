package org.compactregister.list;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.compactregister.model.SignatoryListFilter;
import org.compactregister.persistence.SignatoryListQuery;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.SafeFile;
import org.compactregister.service.Services;

/**
 * Signatory lists for both fronts: count what a choice holds, lay it out as a PDF (to a file, or
 * in memory for the preview and the printer) or export it as CSV. A file is written whole or not
 * at all ({@link SafeFile}), so a cancelled or failed save never leaves half a list behind.
 */
public final class SignatoryListService {

    private final SignatoryListQuery query;
    private final Clock clock;

    public SignatoryListService(Services services) {
        this(new SignatoryListQuery(services.database().jdbi()), services.clock());
    }

    SignatoryListService(SignatoryListQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    /** How many signatories the filter lets through. */
    public int count(SignatoryListFilter filter) {
        checkDates(filter);
        return query.count(filter);
    }

    /** The list as PDF bytes, for the preview and for printing. */
    public byte[] pdf(SignatoryList list, Progress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writePdf(list, out, progress);
        return out.toByteArray();
    }

    public void writePdf(SignatoryList list, OutputStream out, Progress progress) {
        checkDates(list.filter());
        try {
            new SignatoryListPdf(query).write(list, today(), out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeCsv(SignatoryList list, OutputStream out, Progress progress) {
        checkDates(list.filter());
        try {
            new SignatoryListCsv(query).write(list, out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the list as a PDF file, replacing the file if it is there. */
    public void savePdf(SignatoryList list, Path file, Progress progress) {
        SafeFile.write(file, "The list", out -> writePdf(list, out, progress));
    }

    /** Exports the list as a CSV file, replacing the file if it is there. */
    public void exportCsv(SignatoryList list, Path file, Progress progress) {
        SafeFile.write(file, "The list", out -> writeCsv(list, out, progress));
    }

    /** Saves PDF bytes already laid out (for the preview's "Save PDF") to a file. */
    public void savePdf(byte[] pdf, Path file) {
        SafeFile.write(file, "The list", out -> out.write(pdf));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }


    private static void checkDates(SignatoryListFilter filter) {
        if (filter.datesReversed()) {
            throw new RefusedException("The \"signed from\" date is after the \"signed to\" date. Swap them, "
                    + "or clear one of them.");
        }
    }
}
