package org.compactregister.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.compactregister.model.FormField;
import org.compactregister.model.Text;

/**
 * Columns the import cannot take as the header names them: two or more columns whose names mean
 * the same field ({@code Tel} and {@code Tel}, {@code Phone} and {@code Telephone}), where reading
 * one would quietly drop the other; and columns with no heading that hold text somewhere in the
 * file ({@link Nameless}). Each is said in plain words, with what to do; columns are counted from 1.
 */
public final class HeaderProblems {

    /** The register's fields as the first row may name them, for advice. */
    public static final String FIELD_NAMES = "Name, Date, On behalf of Organisation, Address, Address line 2, "
            + "Address line 3, Town, Postcode, Tel, Second tel, Email, Sector, Date received, How received, Notes";

    /** Two or more columns (indexes from 0, in the file's order) whose names all mean {@code field}. */
    public record SameField(FormField field, List<Integer> columns) {
    }

    /** A column with no heading that holds text: its index (from 0) and the first line and text found in it. */
    public record NamelessColumn(int column, long line, String text) {

        /** "column 4, which has no heading" (counted from 1), as the user can find it and name it to --ignore-column. */
        public String name() {
            return "column " + (column + 1) + ", which has no heading";
        }

        /** The name to give --ignore-column to import without it: "column 4". */
        public String ignoreName() {
            return "column " + (column + 1);
        }

        /** "Column 4, which has no heading, holds text (\"Needs large print\" on line 2)." */
        public String describe() {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            return "Column " + (column + 1) + ", which has no heading, holds text (\"" + shown + "\" on line " + line
                    + "), which the register would leave out.";
        }
    }

    private HeaderProblems() {
    }

    /** Every field that two or more columns of {@code header} mean, with those columns. */
    public static List<SameField> sameField(List<String> header) {
        Map<FormField, List<Integer>> found = new EnumMap<>(FormField.class);
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            ColumnMapping.fieldNamed(header.get(i))
                    .ifPresent(field -> found.computeIfAbsent(field, f -> new ArrayList<>()).add(column));
        }
        List<SameField> same = new ArrayList<>();
        found.forEach((field, columns) -> {
            if (columns.size() > 1) {
                same.add(new SameField(field, List.copyOf(columns)));
            }
        });
        return same;
    }

    /** "Two columns both mean Tel: "Tel" (column 7) and "Tel" (column 8)." */
    public static String describe(SameField same, List<String> header) {
        List<String> named = same.columns().stream()
                .map(column -> "\"" + Text.clean(header.get(column)) + "\" (column " + (column + 1) + ")").toList();
        String count = same.columns().size() == 2 ? "Two columns both" : Words.number(same.columns().size())
                + " columns all";
        return count + " mean " + same.field().label() + ": " + String.join(", ", named.subList(0, named.size() - 1))
                + " and " + named.get(named.size() - 1) + ".";
    }

    /** What to rename one of them to: Second tel for a second phone, else the field it holds. */
    public static String renameAdvice(SameField same) {
        if (same.field() == FormField.TELEPHONE || same.field() == FormField.SECOND_TELEPHONE) {
            return "If one holds a second number, rename it \"Second tel\" in the first row.";
        }
        return "Rename the one that holds something else, in the first row, to the field it holds (" + FIELD_NAMES
                + ").";
    }

    /** True when two of the columns have the same name, so that leaving one out by name cannot pick it. */
    public static boolean sameNames(SameField same, List<String> header) {
        return same.columns().stream().map(column -> Text.clean(header.get(column)).toLowerCase(Locale.ROOT))
                .distinct().count() < same.columns().size();
    }

    /**
     * The columns of {@code same} still read when the named ones are left out (names in any case).
     */
    public static List<Integer> remaining(SameField same, List<String> header, Collection<String> ignored) {
        return same.columns().stream().filter(column -> ignored.stream()
                .noneMatch(name -> name.strip().equalsIgnoreCase(Text.clean(header.get(column))))).toList();
    }

    /**
     * The refusal for a file whose header row is one cell holding separators
     * ({@code "Name,Date,Organisation"}): each line was put in quotes whole, so that every row is one
     * cell; empty for any other header.
     */
    public static Optional<String> wholeLinesQuoted(List<String> header, String fileName) {
        if (header.size() != 1) {
            return Optional.empty();
        }
        String cell = header.get(0);
        for (char separator : new char[] {',', ';', '\t'}) {
            if (cell.indexOf(separator) >= 0 && ColumnMapping.guess(List.of(cell.split(String.valueOf(separator))))
                    .asMap().size() >= 2) {
                return Optional.of(fileName + " has each line inside one pair of quotes (\"" + (cell.length() > 40
                        ? cell.substring(0, 40) + "…" : cell) + "\"), so every row is a single cell and its columns "
                        + "cannot be told apart. Nothing was imported. Open the file in a text editor, remove the quote "
                        + "at the start and end of each line, save it and import it again; or open it in the "
                        + "spreadsheet, use Data > Text to Columns, and save it as CSV again.");
            }
        }
        return Optional.empty();
    }

    /** Small numbers in words, for "Three columns all mean …". */
    private static final class Words {
        private static final String[] WORDS = {"No", "One", "Two", "Three", "Four", "Five", "Six"};

        static String number(int count) {
            return count < WORDS.length ? WORDS[count] : String.valueOf(count);
        }
    }

    /**
     * Collects, row by row, the columns with no heading (and no field read from them) that hold text:
     * Excel's empty trailing columns and a column of row numbers (1, 2, 3 … as pandas writes) are not.
     */
    static final class Nameless {
        private final List<Integer> columns = new ArrayList<>();
        private final Map<Integer, NamelessColumn> withText = new TreeMap<>();
        /** The last row number of each column that counts 0 or 1, 2, 3 … so far. */
        private final Map<Integer, Long> counting = new HashMap<>();

        Nameless(List<String> header, ColumnMapping mapping) {
            for (int i = 0; i < header.size(); i++) {
                if (Text.clean(header.get(i)).isEmpty() && !mapping.asMap().containsValue(i)
                        && !mapping.nameParts().contains(i)) {
                    columns.add(i);
                }
            }
        }

        void add(CsvRow row) {
            for (int column : columns) {
                String text = Text.clean(row.cell(column));
                if (text.isEmpty() || withText.containsKey(column)) {
                    continue;
                }
                Long last = counting.get(column);
                long number = text.matches("\\d{1,9}") ? Long.parseLong(text) : -1;
                // the first text of the column starts the count at 0 or 1; each next one adds 1
                boolean counts = last == null ? number == 0 || number == 1 : number == last + 1;
                if (counts) {
                    counting.put(column, number);
                } else {
                    withText.put(column, new NamelessColumn(column, row.line(), text));
                }
            }
        }

        /** The nameless columns found to hold text other than row numbers, with a line and text of each. */
        List<NamelessColumn> withText() {
            return List.copyOf(withText.values());
        }
    }
}
