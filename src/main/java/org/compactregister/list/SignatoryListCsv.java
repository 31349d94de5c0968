package org.compactregister.list;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.compactregister.io.SpreadsheetSafeCsv;
import org.compactregister.persistence.SignatoryListQuery;
import org.compactregister.service.Progress;

/**
 * Writes a signatory list as CSV for a spreadsheet: UTF-8 with a byte-order mark, one header row,
 * and every cell made safe (see {@link SpreadsheetSafeCsv}). Rows are read and written one at a time.
 */
final class SignatoryListCsv {

    private final SignatoryListQuery query;

    SignatoryListCsv(SignatoryListQuery query) {
        this.query = query;
    }

    void write(SignatoryList list, OutputStream out, Progress progress) throws IOException {
        List<ListColumn> columns = SignatoryListColumns.forCsv(list);
        int total = query.count(list.filter());
        progress.update(0, total, "Writing the CSV");
        CSVPrinter printer = SpreadsheetSafeCsv.open(out, columns.stream().map(ListColumn::heading).toArray(String[]::new));
        int[] done = {0};
        query.forEach(list.filter(), list.order(), signatory -> {
            progress.checkCancelled();
            Object[] cells = new Object[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = columns.get(i).valueOf(signatory);
            }
            try {
                SpreadsheetSafeCsv.printRow(printer, cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (++done[0] % 500 == 0) {
                progress.update(done[0], total, "Written " + done[0] + " of " + total);
            }
        });
        printer.flush();
        progress.finishing(); // the file is whole: it is kept, and a Cancel now is refused rather than untrue
        progress.update(total, total, "CSV written");
    }
}
