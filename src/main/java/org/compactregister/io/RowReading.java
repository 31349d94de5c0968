package org.compactregister.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * A single Address cell with the whole address in it (lines or commas) is split into street, town
 * and postcode when the file has no Town or Postcode column.
 */
final class RowReading {

    /** The form the row describes, or why it cannot be read (before the register's own rules look at it). */
    record Result(CommitmentForm form, List<String> problems) {
        boolean isReadable() {
            return problems.isEmpty();
        }
    }

    private RowReading() {
    }

    static Result read(CsvRow row, ColumnMapping mapping, int headerSize) {
        List<String> problems = new ArrayList<>();
        if (headerSize > 0 && row.cells().size() > headerSize
                && row.cells().subList(headerSize, row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
            problems.add("The row has " + row.cells().size() + " cells but the header has " + headerSize
                    + ": a separator may be inside a cell without quotes around it.");
        }
        LocalDate signed = date(row, mapping, FormField.DATE_SIGNED, problems);
        LocalDate received = date(row, mapping, FormField.DATE_RECEIVED, problems);
        Sector sector = sector(cell(row, mapping, FormField.SECTOR), problems);
        HowReceived how = howReceived(cell(row, mapping, FormField.HOW_RECEIVED), problems);
        CommitmentForm form = new CommitmentForm(
                cell(row, mapping, FormField.SIGNATORY_NAME),
                signed,
                cell(row, mapping, FormField.ORGANISATION),
                address(row, mapping),
                cell(row, mapping, FormField.TELEPHONE),
                cell(row, mapping, FormField.EMAIL),
                sector, received, how,
                rawCell(row, mapping, FormField.NOTES));
        return new Result(form, problems);
    }

    private static String rawCell(CsvRow row, ColumnMapping mapping, FormField field) {
        return mapping.column(field).map(row::cell).map(RowReading::unneutralise).orElse("");
    }

    private static String cell(CsvRow row, ColumnMapping mapping, FormField field) {
        return rawCell(row, mapping, field).strip();
    }

    /** Undoes the apostrophe that {@link SpreadsheetSafeCsv} puts before a cell that looks like a formula. */
    static String unneutralise(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static LocalDate date(CsvRow row, ColumnMapping mapping, FormField field, List<String> problems) {
        String text = cell(row, mapping, field);
        if (text.isEmpty()) {
            return null;
        }
        String dateOnly = text.replaceFirst("[ T]\\d{1,2}:\\d{2}(:\\d{2})?$", "");
        Optional<LocalDate> date = UkDate.parse(dateOnly);
        if (date.isEmpty()) {
            problems.add(field.label() + ": \"" + text + "\" is not a date. Write it like 24/11/2026 "
                    + "(day first) or 2026-11-24.");
        }
        return date.orElse(null);
    }

    static Sector sector(String text, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        String key = ColumnMapping.normalise(text);
        for (Sector sector : Sector.values()) {
            if (key.equals(ColumnMapping.normalise(sector.label())) || key.equals(ColumnMapping.normalise(sector.name()))) {
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
            if (key.equals(ColumnMapping.normalise(how.label())) || key.equals(ColumnMapping.normalise(how.name()))) {
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
        String line2 = cell(row, mapping, FormField.ADDRESS_LINE_2);
        String town = cell(row, mapping, FormField.TOWN);
        String postcode = cell(row, mapping, FormField.POSTCODE);
        boolean wholeAddress = !mapping.isMapped(FormField.TOWN) && !mapping.isMapped(FormField.POSTCODE)
                && !mapping.isMapped(FormField.ADDRESS_LINE_2);
        if (!wholeAddress) {
            return new Address(line1, line2, town, postcode);
        }
        List<String> parts = new ArrayList<>();
        for (String part : line1.split("[\\r\\n,]+")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (parts.isEmpty()) {
            return Address.EMPTY;
        }
        String last = parts.get(parts.size() - 1);
        if (UkPostcode.normalise(last).isPresent()) {
            postcode = last;
            parts.remove(parts.size() - 1);
        } else {
            // "Leicester LE1 1AA" on one line
            String[] words = last.split(" ");
            if (words.length >= 3) {
                String tail = words[words.length - 2] + " " + words[words.length - 1];
                if (UkPostcode.normalise(tail).isPresent()) {
                    postcode = tail;
                    parts.set(parts.size() - 1, last.substring(0, last.length() - tail.length()).strip());
                }
            }
        }
        if (parts.size() >= 2) {
            town = parts.remove(parts.size() - 1);
        }
        String first = parts.isEmpty() ? "" : parts.remove(0);
        String second = String.join(", ", parts);
        return new Address(first, second, town, postcode.toUpperCase(Locale.UK));
    }
}
