package org.compactregister.list;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.compactregister.model.Plural;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkDate;
import org.compactregister.pdf.PrintableText;
import org.compactregister.persistence.SignatoryListQuery;
import org.compactregister.service.Progress;

/**
 * Writes a signatory list as an A4 PDF (the internal contact list in landscape, so its columns
 * fit), with the fonts the letters use, embedded. Signatories are read from the database one at
 * a time as the pages are laid out.
 */
final class SignatoryListPdf {

    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.UK);

    private final SignatoryListQuery query;

    SignatoryListPdf(SignatoryListQuery query) {
        this.query = query;
    }

    void write(SignatoryList list, LocalDate today, OutputStream out, Progress progress) throws IOException {
        int total = query.count(list.filter());
        Map<Sector, Integer> groupSizes = list.groupedBySector() ? query.countBySector(list.filter()) : Map.of();
        List<ListColumn> columns = SignatoryListColumns.forPdf(list);
        PDRectangle pageSize = list.kind() == SignatoryListKind.INTERNAL
                ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        try (PDDocument document = new PDDocument()) {
            describe(document, list);
            ListPdfPages pages = new ListPdfPages(document, pageSize, list.kind().title(), subtitle(list, total),
                    "Printed " + UkDate.formatLong(today), footer(list), columns);
            List<String> unprinted = new ArrayList<>();
            int[] done = {0};
            Sector[] currentGroup = {null};
            boolean[] started = {false};
            progress.update(0, total, "Laying out " + COUNT.format(total) + " signatories");
            query.forEach(list.filter(), list.order(), signatory -> {
                progress.checkCancelled();
                try {
                    Sector sector = signatory.form().sector();
                    if (list.groupedBySector() && (!started[0] || !Objects.equals(sector, currentGroup[0]))) {
                        String name = SectorGroup.label(sector);
                        int size = groupSizes.getOrDefault(sector, 0);
                        pages.startGroup(name + " (" + COUNT.format(size) + ")", name);
                        currentGroup[0] = sector;
                    }
                    started[0] = true;
                    pages.row(cells(columns, signatory, unprinted));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                done[0]++;
                if (done[0] % 100 == 0) {
                    progress.update(done[0], total, "Laid out " + COUNT.format(done[0]) + " of " + COUNT.format(total));
                }
            });
            if (!started[0]) {
                pages.note(list.filter().describe().isEmpty()
                        ? "There are no current signatories in the register yet."
                        : "No signatory matches this choice. Change the filters (for example, include withdrawn "
                        + "organisations or widen the dates) and try again.");
            }
            if (!unprinted.isEmpty()) {
                pages.note(unprintedNote(unprinted));
            }
            pages.finish();
            progress.finishing(); // from here the PDF is saved: a Cancel is refused rather than untrue
            progress.update(total, total, "Saving the PDF");
            document.save(out);
        }
    }

    /**
     * The row's cells. A cell with letters the fonts do not have is printed with "?" in their place,
     * and said in {@code unprinted}, so that one cell never stops the whole list.
     */
    private static List<String> cells(List<ListColumn> columns, Signatory signatory, List<String> unprinted) {
        List<String> cells = new ArrayList<>(columns.size());
        for (ListColumn column : columns) {
            String value = column.valueOf(signatory);
            PrintableText.problem(value).ifPresent(reason -> unprinted.add("the " + describe(column) + " of "
                    + signatory.reference() + " (" + signatory.organisation() + "): " + reason));
            cells.add(PrintableText.printable(value));
        }
        return cells;
    }

    private static String unprintedNote(List<String> unprinted) {
        return (unprinted.size() == 1 ? "One entry" : COUNT.format(unprinted.size()) + " entries")
                + " could not be printed in full; the letters the fonts do not have are shown as ?. Change "
                + (unprinted.size() == 1 ? "it" : "them") + " in the register (for example, write the name in "
                + "Latin letters as well) and print the list again.\n" + String.join(";\n", unprinted) + ".";
    }

    /** The column's field in words for a message: "organisation name of CS-000042". */
    private static String describe(ListColumn column) {
        return switch (column.heading()) {
            case "Organisation" -> "organisation name";
            case "Signed by" -> "signatory's name";
            default -> column.heading().toLowerCase(Locale.UK);
        };
    }

    private static String subtitle(SignatoryList list, int total) {
        String count = COUNT.format(total) + " " + Plural.word(total, "organisation", "organisations");
        String filter = list.filter().describe();
        String which = filter.isEmpty() ? "All current signatories: "
                : filter.substring(0, 1).toUpperCase(Locale.UK) + filter.substring(1) + ". ";
        return which + count + (list.groupedBySector() ? ", grouped by sector." : ", in alphabetical order.");
    }

    private static String footer(SignatoryList list) {
        return list.kind() == SignatoryListKind.PUBLIC ? "Compact signatory register: public list"
                : "Compact signatory register: internal contact list. Holds personal data: keep it safe and "
                + "do not publish it.";
    }

    private static void describe(PDDocument document, SignatoryList list) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(list.kind().title());
        info.setCreator("Compact Register");
    }
}
