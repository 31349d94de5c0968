package org.compactregister.list;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.Signatory;
import org.compactregister.model.Status;
import org.compactregister.model.UkDate;

/**
 * What each list shows. The public list has the organisation, its sector and the date it signed,
 * and nothing about a person (no name, telephone, email or address); the internal contact list
 * has every field.
 */
final class SignatoryListColumns {

    private SignatoryListColumns() {
    }

    /** The printed columns; the sector column is left out when the list is grouped by sector. */
    static List<ListColumn> forPdf(SignatoryList list) {
        List<ListColumn> columns = new ArrayList<>();
        boolean sectorColumn = !list.groupedBySector();
        if (list.kind() == SignatoryListKind.PUBLIC) {
            columns.add(new ListColumn("Organisation", 52, Signatory::organisation));
            if (sectorColumn) {
                columns.add(new ListColumn("Sector", 38, SignatoryListColumns::sector));
            }
            columns.add(new ListColumn("Date signed", 14, SignatoryListColumns::signedAndWithdrawn));
            return columns;
        }
        columns.add(new ListColumn("Organisation", 19, Signatory::organisation));
        columns.add(new ListColumn("Signed by", 12, Signatory::signatoryName));
        columns.add(new ListColumn("Address", 21, SignatoryListColumns::addressOnOneLine));
        columns.add(new ListColumn("Telephone", 10, s -> s.form().telephone()));
        columns.add(new ListColumn("Email", 20, s -> s.form().email()));
        if (sectorColumn) {
            columns.add(new ListColumn("Sector", 12, SignatoryListColumns::sector));
        }
        columns.add(new ListColumn("Signed", 8, s -> UkDate.formatShort(s.form().dateSigned())));
        columns.add(new ListColumn("Status", 10, SignatoryListColumns::statusWithDate));
        return columns;
    }

    /** The exported columns: the sector is always there, so that a spreadsheet can sort and filter by it. */
    static List<ListColumn> forCsv(SignatoryList list) {
        if (list.kind() == SignatoryListKind.PUBLIC) {
            List<ListColumn> columns = new ArrayList<>(List.of(
                    new ListColumn("Organisation", 1, Signatory::organisation),
                    new ListColumn("Sector", 1, SignatoryListColumns::sector),
                    new ListColumn("Date signed", 1, s -> iso(s.form().dateSigned()))));
            if (!list.filter().excludesWithdrawn()) {
                columns.add(new ListColumn("Withdrawn on", 1, s -> s.withdrawal() == null ? "" : iso(s.withdrawal().date())));
            }
            return columns;
        }
        return List.of(
                new ListColumn("Reference", 1, Signatory::reference),
                new ListColumn("Organisation", 1, Signatory::organisation),
                new ListColumn("Signatory name", 1, Signatory::signatoryName),
                new ListColumn("Date signed", 1, s -> iso(s.form().dateSigned())),
                new ListColumn("Address line 1", 1, s -> s.form().address().line1()),
                new ListColumn("Address line 2", 1, s -> s.form().address().line2()),
                new ListColumn("Town", 1, s -> s.form().address().town()),
                new ListColumn("Postcode", 1, s -> s.form().address().postcode()),
                new ListColumn("Telephone", 1, s -> s.form().telephone()),
                new ListColumn("Email", 1, s -> s.form().email()),
                new ListColumn("Sector", 1, SignatoryListColumns::sector),
                new ListColumn("Date received", 1, s -> iso(s.form().dateReceived())),
                new ListColumn("How received", 1, s -> s.form().howReceived() == null ? ""
                        : s.form().howReceived().label()),
                new ListColumn("Status", 1, s -> s.status().label()),
                new ListColumn("Acknowledged on", 1, s -> iso(s.acknowledgedOn())),
                new ListColumn("Withdrawn on", 1, s -> s.withdrawal() == null ? "" : iso(s.withdrawal().date())),
                new ListColumn("Reason for withdrawal", 1, s -> s.withdrawal() == null ? "" : s.withdrawal().reason()),
                new ListColumn("Notes", 1, s -> s.form().notes()));
    }

    /**
     * The address as one line to wrap, its postcode kept whole (a no-break space inside it). A part
     * written right to left (Arabic, Hebrew, Urdu) is set apart (Unicode's first-strong isolate) in
     * a line that reads left to right, so that the parts keep their order: street, town, postcode.
     */
    private static String addressOnOneLine(Signatory signatory) {
        var address = signatory.form().address();
        String postcode = address.postcode().replace(' ', '\u00A0');
        List<String> parts = new ArrayList<>();
        boolean rightToLeft = false;
        for (String part : List.of(address.line1(), address.line2(), address.town(), postcode)) {
            if (!part.isEmpty()) {
                parts.add(part);
                rightToLeft |= part.codePoints().anyMatch(SignatoryListColumns::writtenRightToLeft);
            }
        }
        if (!rightToLeft) {
            return String.join(", ", parts);
        }
        return LEFT_TO_RIGHT_MARK + String.join(", ", parts.stream()
                .map(part -> FIRST_STRONG_ISOLATE + part + POP_DIRECTIONAL_ISOLATE).toList());
    }

    private static final String LEFT_TO_RIGHT_MARK = "\u200E";
    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

    private static boolean writtenRightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    static String sector(Signatory signatory) {
        return SectorGroup.label(signatory.form().sector());
    }

    /** The date signed, and under it the date of withdrawal for an organisation that has left. */
    private static String signedAndWithdrawn(Signatory signatory) {
        String signed = UkDate.formatShort(signatory.form().dateSigned());
        return signatory.withdrawal() == null ? signed
                : signed + "\nwithdrew " + UkDate.formatShort(signatory.withdrawal().date());
    }

    private static String statusWithDate(Signatory signatory) {
        if (signatory.status() == Status.WITHDRAWN && signatory.withdrawal() != null) {
            return "Withdrawn " + UkDate.formatShort(signatory.withdrawal().date());
        }
        return signatory.status().label();
    }

    /** Dates in exports as 2026-11-24, which every spreadsheet reads as a date whatever its language. */
    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
