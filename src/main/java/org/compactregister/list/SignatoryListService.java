package org.compactregister.list;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import org.compactregister.model.SignatoryListFilter;
import org.compactregister.persistence.SignatoryListQuery;
import org.compactregister.service.Progress;
import org.compactregister.service.RefusedException;
import org.compactregister.service.Services;

/**
 * Signatory lists for both fronts: count what a choice holds, lay it out as a PDF (to a file, or
 * in memory for the preview and the printer) or export it as CSV. A file is written under a
 * temporary name and put in place only when complete, so a cancelled or failed save never leaves
 * half a list behind.
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
        save(file, out -> writePdf(list, out, progress));
    }

    /** Exports the list as a CSV file, replacing the file if it is there. */
    public void exportCsv(SignatoryList list, Path file, Progress progress) {
        save(file, out -> writeCsv(list, out, progress));
    }

    /** Saves PDF bytes already laid out (for the preview's "Save PDF") to a file. */
    public void savePdf(byte[] pdf, Path file) {
        save(file, out -> {
            try {
                out.write(pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private interface Writing {
        void to(OutputStream out);
    }

    private static void save(Path file, Writing writing) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path partial = null;
        try {
            Files.createDirectories(folder);
            partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                writing.to(out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            partial = null;
        } catch (AccessDeniedException e) {
            throw new RefusedException("The file " + target + " could not be written: this user may not write there,"
                    + " or the file is open in another program. Close it there, or choose another name or folder.");
        } catch (IOException e) {
            throw new RefusedException("The file " + target + " could not be written (" + reason(e)
                    + "). Check that the folder exists and the disk is not full, or choose another place.");
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // the first problem is the one to report
                }
            }
        }
    }

    private static String reason(IOException e) {
        return org.compactregister.service.FileProblems.reason(e);
    }

    private static void checkDates(SignatoryListFilter filter) {
        if (filter.datesReversed()) {
            throw new RefusedException("The \"signed from\" date is after the \"signed to\" date. Swap them, "
                    + "or clear one of them.");
        }
    }
}
