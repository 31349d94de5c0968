package org.compactregister.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.FormField;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.UkDate;
import org.compactregister.model.UkPostcode;

/**
 * Turns one CSV row into a commitment form, through a {@link ColumnMapping}. Dates are read as a UK
 * spreadsheet writes them (dd/mm/yyyy) or as ISO dates; sectors and how-received by their labels.
 * A single Address cell with the whole address in it is split by {@link AddressCell} when the file
 * has no other address column; street lines on separate lines of the Address cell become the
 * address's lines.
 */
final class RowReading {

    /**
     * The form the row describes, or why it cannot be read (before the register's own rules look at
     * it), and what was repaired on the way (a phone number's lost leading zero).
     */
    record Result(CommitmentForm form, List<String> problems, List<String> notes) {
        boolean isReadable() {
            return problems.isEmpty();
        }
    }

    /** Each sector's and way of receiving's label and name as {@link ColumnMapping#normalise} gives them. */
    private static final Map<Sector, String> SECTOR_LABELS = normalised(Sector.class, Sector::label);
    private static final Map<Sector, String> SECTOR_NAMES = normalised(Sector.class, Sector::name);
    private static final Map<HowReceived, String> HOW_LABELS = normalised(HowReceived.class, HowReceived::label);
    private static final Map<HowReceived, String> HOW_NAMES = normalised(HowReceived.class, HowReceived::name);

    private RowReading() {
    }

    private static <E extends Enum<E>> Map<E, String> normalised(Class<E> type, Function<E, String> text) {
        Map<E, String> keys = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            keys.put(value, ColumnMapping.normalise(text.apply(value)));
        }
        return keys;
    }

    /**
     * @param orders the order to read each date column's all-number dates in; a date field missing
     *               here whose cell reads two ways is a problem of the row
     */
    static Result read(CsvRow row, ColumnMapping mapping, int headerSize, Map<FormField, DateOrder> orders) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (headerSize > 0 && row.cells().size() > headerSize
                && row.cells().subList(headerSize, row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
            problems.add("The row has " + row.cells().size() + " cells but the header has " + headerSize
                    + ": a separator may be inside a cell without quotes around it.");
        }
        oneLineCellHoldingRows(row, mapping).ifPresent(label -> problems.add("The " + label + " cell runs on "
                + "over lines with separators in them, as rows have: a quote (\") opened in it may be closed only "
                + "further down, taking the next rows into it. Check the quotes from this line on, and import the "
                + "file again."));
        LocalDate signed = date(row, mapping, FormField.DATE_SIGNED, orders, problems);
        LocalDate received = date(row, mapping, FormField.DATE_RECEIVED, orders, problems);
        Sector sector = sector(cell(row, mapping, FormField.SECTOR), problems);
        HowReceived how = howReceived(cell(row, mapping, FormField.HOW_RECEIVED), problems);
        CommitmentForm form = new CommitmentForm(
                signatoryName(row, mapping),
                signed,
                cell(row, mapping, FormField.ORGANISATION),
                address(row, mapping),
                phone(row, mapping, FormField.TELEPHONE, notes),
                phone(row, mapping, FormField.SECOND_TELEPHONE, notes),
                cell(row, mapping, FormField.EMAIL),
                sector, received, how,
                rawCell(row, mapping, FormField.NOTES));
        String postcode = form.address().postcode();
        if (UkPostcode.readsALetterAsADigit(postcode)) {
            notes.add(FormField.POSTCODE.label() + ": \"" + postcode + "\" was entered as "
                    + UkPostcode.normalise(postcode).orElseThrow() + ", a letter taken for the digit it looks like.");
        }
        return new Result(form, problems, notes);
    }

    /** The fields that are one line on the paper form: a line break in one is no part of its value. */
    private static final List<FormField> ONE_LINE = List.of(FormField.SIGNATORY_NAME, FormField.DATE_SIGNED,
            FormField.ORGANISATION, FormField.TOWN, FormField.POSTCODE, FormField.TELEPHONE,
            FormField.SECOND_TELEPHONE, FormField.EMAIL, FormField.SECTOR, FormField.DATE_RECEIVED,
            FormField.HOW_RECEIVED);

    /**
     * The label of the first one-line cell of {@code row} (its name, or a part of it, organisation,
     * town, postcode, phones, email, dates, sector) with a later line holding a separator: rows taken
     * into it by a quote closed too late. A line typed into such a cell on its own ("Oakwell Youth
     * Club" then "(Knighton branch)") holds none, and is joined to the first with a space, as before.
     */
    static Optional<String> oneLineCellHoldingRows(CsvRow row, ColumnMapping mapping) {
        List<Map.Entry<String, String>> cells = new ArrayList<>();
        for (FormField field : ONE_LINE) {
            cells.add(Map.entry(field.label(), rawCell(row, mapping, field)));
        }
        for (int column : mapping.nameParts()) {
            cells.add(Map.entry(FormField.SIGNATORY_NAME.label(), row.cell(column)));
        }
        for (Map.Entry<String, String> cell : cells) {
            List<String> lines = cell.getValue().strip().lines().toList();
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                if (line.indexOf(',') >= 0 || line.indexOf(';') >= 0 || line.indexOf('\t') >= 0) {
                    return Optional.of(cell.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static String phone(CsvRow row, ColumnMapping mapping, FormField field, List<String> notes) {
        SpreadsheetPhone.Result phone = SpreadsheetPhone.read(withoutTextMark(cell(row, mapping, field)), field.label());
        phone.note().ifPresent(notes::add);
        return phone.phone();
    }

    /** The Name cell, or the first, middle and last name cells joined. */
    private static String signatoryName(CsvRow row, ColumnMapping mapping) {
        if (mapping.nameParts().isEmpty()) {
            return cell(row, mapping, FormField.SIGNATORY_NAME);
        }
        List<String> parts = new ArrayList<>();
        for (int column : mapping.nameParts()) {
            String part = unneutralise(row.cell(column)).strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts);
    }

    private static String rawCell(CsvRow row, ColumnMapping mapping, FormField field) {
        return mapping.column(field).map(row::cell).map(RowReading::unneutralise).orElse("");
    }

    private static String cell(CsvRow row, ColumnMapping mapping, FormField field) {
        return rawCell(row, mapping, field).strip();
    }

    /**
     * The cell's text as typed: without the apostrophe that {@link SpreadsheetSafeCsv} puts before a
     * cell that looks like a formula, and out of Excel's text-forcing formula {@code ="07700900123"},
     * which many exports write around phones, postcodes and references.
     */
    static String unneutralise(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        String stripped = value.strip();
        if (stripped.length() >= 3 && stripped.startsWith("=\"") && stripped.endsWith("\"")) {
            String inner = stripped.substring(2, stripped.length() - 1);
            if (!inner.replace("\"\"", "").contains("\"")) {
                return inner.replace("\"\"", "\"");
            }
        }
        return value;
    }

    /**
     * A phone or postcode cell without the apostrophe a spreadsheet user types before it to keep
     * it text ({@code '07700900123}); an apostrophe before other text is kept.
     */
    static String withoutTextMark(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && Character.isLetterOrDigit(cell.codePointAt(1))
                || cell.length() > 2 && cell.startsWith("'+") ? cell.substring(1) : cell;
    }

    private static LocalDate date(CsvRow row, ColumnMapping mapping, FormField field, Map<FormField, DateOrder> orders,
                                  List<String> problems) {
        String text = cell(row, mapping, field);
        if (text.isEmpty()) {
            return null;
        }
        UkDate.Reading reading = SpreadsheetDate.read(text);
        if (!reading.isDate()) {
            problems.add(field.label() + ": \"" + text + "\" is not a date. Write it like 24/11/2026 "
                    + "(day first), 24 Nov 2026 or 2026-11-24.");
            return null;
        }
        if (!reading.isAmbiguous()) {
            return reading.dayFirst().or(reading::monthFirst).orElseThrow();
        }
        DateOrder order = orders.get(field);
        if (order == null) {
            problems.add(field.label() + ": \"" + text + "\" could be " + UkDate.formatLong(reading.dayFirst().orElseThrow())
                    + " or " + UkDate.formatLong(reading.monthFirst().orElseThrow()) + ": confirm whether the "
                    + "column's dates are day first or month first.");
            return null;
        }
        return (order == DateOrder.MONTH_FIRST ? reading.monthFirst() : reading.dayFirst()).orElseThrow();
    }

    static Sector sector(String text, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        String key = ColumnMapping.normalise(text);
        for (Sector sector : Sector.values()) {
            if (key.equals(SECTOR_LABELS.get(sector)) || key.equals(SECTOR_NAMES.get(sector))) {
                return sector;
            }
        }
        if (key.startsWith("voluntary") || key.startsWith("community") || key.equals("vcs") || key.equals("vcse")
                || key.equals("charity")) {
            return Sector.VOLUNTARY_AND_COMMUNITY;
        }
        if (key.startsWith("public")) {
            return Sector.PUBLIC_SECTOR_PARTNER;
        }
        if (key.startsWith("social enterprise") || key.equals("cic")) {
            return Sector.SOCIAL_ENTERPRISE;
        }
        if (key.startsWith("private") || key.equals("business")) {
            return Sector.PRIVATE_SECTOR;
        }
        problems.add("Sector: \"" + text + "\" is not one of the register's sectors ("
                + String.join(", ", Arrays.stream(Sector.values()).map(Sector::label).toList()) + ").");
        return null;
    }

    static HowReceived howReceived(String text, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        String key = ColumnMapping.normalise(text);
        for (HowReceived how : HowReceived.values()) {
            if (key.equals(HOW_LABELS.get(how)) || key.equals(HOW_NAMES.get(how))) {
                return how;
            }
        }
        if (key.startsWith("post") || key.equals("letter")) {
            return HowReceived.POST;
        }
        if (key.startsWith("e mail") || key.startsWith("email")) {
            return HowReceived.EMAIL;
        }
        if (key.contains("hand") || key.contains("person")) {
            return HowReceived.BY_HAND;
        }
        problems.add("How received: \"" + text + "\" is not Post, Email or By hand.");
        return null;
    }

    private static Address address(CsvRow row, ColumnMapping mapping) {
        String line1 = rawCell(row, mapping, FormField.ADDRESS_LINE_1);
        boolean wholeAddress = !mapping.isMapped(FormField.TOWN) && !mapping.isMapped(FormField.POSTCODE)
                && !mapping.isMapped(FormField.ADDRESS_LINE_2) && !mapping.isMapped(FormField.ADDRESS_LINE_3);
        if (wholeAddress) {
            return AddressCell.split(line1);
        }
        String line2 = cell(row, mapping, FormField.ADDRESS_LINE_2);
        String line3 = cell(row, mapping, FormField.ADDRESS_LINE_3);
        List<String> streetLines = new ArrayList<>(line1.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        if (streetLines.size() > 1 && line2.isEmpty() && line3.isEmpty()) {
            // "Unit 4<line break>The Old Dairy" in the Address cell, with Town and Postcode columns beside it
            line1 = streetLines.remove(0);
            line2 = streetLines.remove(0);
            line3 = String.join(", ", streetLines);
        }
        return new Address(line1, line2, line3, cell(row, mapping, FormField.TOWN),
                withoutTextMark(cell(row, mapping, FormField.POSTCODE)));
    }
}
