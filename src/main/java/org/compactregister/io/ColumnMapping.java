package org.compactregister.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.compactregister.model.FormField;
import org.compactregister.model.Text;

/**
 * Which column of a CSV file holds which field of the register. Guessed from the header row: the
 * paper form's own labels (Name, Date, On behalf of Organisation, Address, Tel, Email), the
 * register's field names (Town, Postcode, Sector, Date received, ...), and the names contact lists,
 * CRMs and mail-merge sheets use (Contact First Name, Company, Address Line 3, Telephone No., Mobile,
 * E-mail, Business City, ...), in any case and spacing. When there is no Name column, the signatory's
 * name is joined from first, middle and last name columns.
 */
public final class ColumnMapping {

    private static final Map<FormField, List<String>> NAMES = new EnumMap<>(FormField.class);

    /** First, middle and last name columns, in the order a name is written. */
    private static final List<List<String>> NAME_PARTS = List.of(
            List.of("first name", "firstname", "forename", "forenames", "given name", "given names",
                    "contact first name", "contact forename", "signatory first name", "first"),
            List.of("middle name", "middle names", "contact middle name", "middle"),
            List.of("surname", "last name", "lastname", "family name", "contact surname", "contact last name",
                    "signatory surname", "signatory last name", "last"));

    static {
        NAMES.put(FormField.SIGNATORY_NAME, List.of("name", "signatory", "signatory name", "signed by",
                "name of signatory", "signatory s name", "contact name", "contact full name", "full name",
                "print name", "printed name", "contact", "contact person", "main contact", "person signing"));
        NAMES.put(FormField.DATE_SIGNED, List.of("date", "date signed", "signed", "signed on", "date of signing",
                "signing date", "signature date", "date of signature", "signed date", "date compact signed"));
        NAMES.put(FormField.ORGANISATION, List.of("on behalf of organisation", "on behalf of organization",
                "on behalf of", "organisation", "organization", "organisation name", "organization name",
                "on behalf of organisation name", "name of organisation", "name of organization", "company",
                "company name", "group", "group name", "org", "org name", "charity", "charity name",
                "business name", "account name"));
        NAMES.put(FormField.ADDRESS_LINE_1, List.of("address", "address line 1", "address 1", "address1",
                "address line1", "street", "street address", "street 1", "business street", "line 1",
                "postal address", "full address"));
        NAMES.put(FormField.ADDRESS_LINE_2, List.of("address line 2", "address 2", "address2", "address line2",
                "street 2", "business street 2", "line 2"));
        NAMES.put(FormField.ADDRESS_LINE_3, List.of("address line 3", "address 3", "address3", "address line3",
                "street 3", "business street 3", "line 3", "locality"));
        NAMES.put(FormField.TOWN, List.of("town", "city", "town city", "town or city", "post town", "business city",
                "city town"));
        NAMES.put(FormField.POSTCODE, List.of("postcode", "post code", "postal code", "zip", "zip code",
                "business postal code", "postcode zip"));
        NAMES.put(FormField.TELEPHONE, List.of("tel", "tel no", "telephone", "telephone no", "telephone number",
                "phone", "phone number", "phone no", "tel number", "landline", "business phone", "work phone",
                "office phone", "contact number", "contact telephone", "contact phone", "primary phone",
                "daytime phone", "telephone 1", "phone 1", "tel 1"));
        NAMES.put(FormField.SECOND_TELEPHONE, List.of("second tel", "mobile", "mobile phone", "mobile number",
                "mobile no", "mob", "cell", "cell phone", "other phone", "second phone", "alternative phone",
                "alternative number", "telephone 2", "phone 2", "tel 2", "home phone", "business phone 2"));
        NAMES.put(FormField.EMAIL, List.of("email", "e mail", "email address", "e mail address", "contact email",
                "business email", "email 1", "e mail 1", "email address 1"));
        NAMES.put(FormField.SECTOR, List.of("sector", "organisation type", "organization type",
                "type of organisation", "type of organization"));
        NAMES.put(FormField.DATE_RECEIVED, List.of("date received", "received", "received on", "date returned",
                "returned", "returned on", "date form received"));
        NAMES.put(FormField.HOW_RECEIVED, List.of("how received", "received by", "received how", "how returned",
                "received via"));
        NAMES.put(FormField.NOTES, List.of("notes", "note", "comments", "comment", "remarks"));
    }

    private final Map<FormField, Integer> columns;
    private final List<Integer> nameParts;
    private final Map<FormField, DateOrder> dateOrders;

    private ColumnMapping(Map<FormField, Integer> columns, List<Integer> nameParts, Map<FormField, DateOrder> dateOrders) {
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        this.nameParts = List.copyOf(nameParts);
        Map<FormField, DateOrder> orders = new EnumMap<>(FormField.class);
        orders.putAll(dateOrders);
        this.dateOrders = Collections.unmodifiableMap(orders);
    }

    public static ColumnMapping none() {
        return new ColumnMapping(new EnumMap<>(FormField.class), List.of(), Map.of());
    }

    /**
     * Names taken for a field only when no column has one of its own names: {@code Address Line 4},
     * the town in most four-line address layouts, is the town when there is no Town column.
     */
    private static final Map<FormField, List<String>> FALLBACK_NAMES = Map.of(FormField.TOWN,
            List.of("address line 4", "address 4", "address4", "address line4", "line 4"));

    /** A note in brackets after a header's name: {@code Date (dd/mm/yyyy)}, {@code Tel (work)}. */
    private static final Pattern BRACKETED = Pattern.compile("^(.*?\\S)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");
    private static final Pattern DAY_FIRST_HINT = Pattern.compile("(?i)^\\s*d{1,2}\\s*[/.\\-]\\s*m{1,3}\\s*[/.\\-]\\s*y{2,4}\\s*$");
    private static final Pattern MONTH_FIRST_HINT = Pattern.compile("(?i)^\\s*m{1,3}\\s*[/.\\-]\\s*d{1,2}\\s*[/.\\-]\\s*y{2,4}\\s*$");

    /**
     * The mapping the header row suggests; a column is used for one field at most. A name with a
     * note in brackets after it ({@code Tel (work)}) is read by the name; a date column whose note
     * gives the format ({@code Date (dd/mm/yyyy)}, {@code (mm/dd/yy)}) is read in that order, as if
     * confirmed ({@link #withDateOrder}).
     */
    public static ColumnMapping guess(List<String> header) {
        Map<FormField, Integer> columns = new EnumMap<>(FormField.class);
        for (int i = 0; i < header.size(); i++) {
            for (FormField field : FormField.values()) {
                if (!columns.containsKey(field) && matchesHeader(field, header.get(i))) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        FALLBACK_NAMES.forEach((field, names) -> {
            for (int i = 0; i < header.size() && !columns.containsKey(field); i++) {
                if (names.contains(normalise(header.get(i))) && !columns.containsValue(i)) {
                    columns.put(field, i);
                }
            }
        });
        List<Integer> parts = new ArrayList<>();
        if (!columns.containsKey(FormField.SIGNATORY_NAME)) {
            for (List<String> part : NAME_PARTS) {
                for (int i = 0; i < header.size(); i++) {
                    if (part.contains(normalise(header.get(i))) && !columns.containsValue(i)) {
                        parts.add(i);
                        break;
                    }
                }
            }
        }
        Map<FormField, DateOrder> orders = new EnumMap<>(FormField.class);
        for (FormField field : List.of(FormField.DATE_SIGNED, FormField.DATE_RECEIVED)) {
            Optional.ofNullable(columns.get(field)).flatMap(column -> statedDateOrder(header.get(column)))
                    .ifPresent(order -> orders.put(field, order));
        }
        return new ColumnMapping(columns, parts, orders);
    }

    /** The field a header's name means on its own (the first, if it could mean two), if any. */
    static Optional<FormField> fieldNamed(String header) {
        for (FormField field : FormField.values()) {
            if (matchesHeader(field, header)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * True when {@code header} names {@code field}, by itself or by its name before a note in
     * brackets; not when the note names a field itself ({@code Date (received)}).
     */
    private static boolean matchesHeader(FormField field, String header) {
        if (matches(field, normalise(header))) {
            return true;
        }
        java.util.regex.Matcher bracketed = BRACKETED.matcher(Text.clean(header));
        if (!bracketed.matches() || !matches(field, normalise(bracketed.group(1)))) {
            return false;
        }
        String note = normalise(bracketed.group(2));
        return Arrays.stream(FormField.values()).noneMatch(other -> matches(other, note));
    }

    /** The order a date column's header states in brackets: {@code (dd/mm/yyyy)} day first, {@code (mm/dd/yy)} month first. */
    static Optional<DateOrder> statedDateOrder(String header) {
        java.util.regex.Matcher bracketed = BRACKETED.matcher(Text.clean(header));
        if (!bracketed.matches()) {
            return Optional.empty();
        }
        if (DAY_FIRST_HINT.matcher(bracketed.group(2)).matches()) {
            return Optional.of(DateOrder.DAY_FIRST);
        }
        if (MONTH_FIRST_HINT.matcher(bracketed.group(2)).matches()) {
            return Optional.of(DateOrder.MONTH_FIRST);
        }
        return Optional.empty();
    }

    private static boolean matches(FormField field, String name) {
        return NAMES.get(field).contains(name)
                || name.equals(normalise(field.label()))
                || name.equals(normalise(field.name()));
    }

    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A header's (or a cell's) words in lower case, one space between them, without punctuation. */
    static String normalise(String header) {
        String text = Text.clean(header).toLowerCase(Locale.ROOT);
        if (isPlainWords(text)) {
            return text;
        }
        return NOT_LETTERS_OR_DIGITS.matcher(text).replaceAll(" ").strip();
    }

    /** True for text that {@link #normalise} leaves as it is: ASCII letters and digits, single spaces between. */
    private static boolean isPlainWords(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return length == 0;
        }
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' && previous != ' ';
            if (!plain) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /**
     * The columns whose cells, joined by spaces, make the signatory's name when the file has first and
     * last name columns instead of one Name column; empty otherwise.
     */
    public List<Integer> nameParts() {
        return nameParts;
    }

    /** The names of the header's columns that no field is read from, in the file's order. */
    /**
     * The columns the import's own report of refused rows adds ("Different organisation", "Line in …",
     * "Why it was refused"): read when a corrected report is imported again, never data to keep.
     */
    private static boolean isImportReportColumn(String name) {
        String cleaned = Text.clean(name);
        return cleaned.equalsIgnoreCase(DifferentOrganisationMark.COLUMN) || cleaned.startsWith("Line in ")
                || cleaned.equals("Why it was refused");
    }

    public List<String> unmapped(List<String> header) {
        List<String> unmapped = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isBlank() && !columns.containsValue(i) && !nameParts.contains(i)
                    && !isImportReportColumn(header.get(i))) {
                unmapped.add(Text.clean(header.get(i)));
            }
        }
        return unmapped;
    }

    /** The column that holds {@code field}, if one does. */
    public Optional<Integer> column(FormField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /**
     * As {@link #with(FormField, Integer)}, for a column of {@code header}: a date column whose
     * heading states its format ({@code Date (dd/mm/yyyy)}) is read in that order, as when guessed.
     */
    public ColumnMapping with(FormField field, Integer column, List<String> header) {
        ColumnMapping changed = with(field, column);
        if (column == null || column >= header.size()
                || field != FormField.DATE_SIGNED && field != FormField.DATE_RECEIVED) {
            return changed;
        }
        return statedDateOrder(header.get(column)).map(order -> changed.withDateOrder(field, order)).orElse(changed);
    }

    /** This mapping with {@code field} read from {@code column} (or from no column when it is null). */
    public ColumnMapping with(FormField field, Integer column) {
        Map<FormField, Integer> changed = new EnumMap<>(FormField.class);
        changed.putAll(columns);
        if (column == null) {
            changed.remove(field);
        } else {
            changed.put(field, column);
        }
        Map<FormField, DateOrder> orders = new EnumMap<>(FormField.class);
        orders.putAll(dateOrders);
        orders.remove(field);
        return new ColumnMapping(changed, field == FormField.SIGNATORY_NAME ? List.of() : nameParts, orders);
    }

    /**
     * This mapping with the all-number dates of {@code field}'s column read in {@code order}, as the
     * user confirmed it for a column whose dates could be either (null to take the confirmation back).
     */
    public ColumnMapping withDateOrder(FormField field, DateOrder order) {
        Map<FormField, DateOrder> orders = new EnumMap<>(FormField.class);
        orders.putAll(dateOrders);
        if (order == null) {
            orders.remove(field);
        } else {
            orders.put(field, order);
        }
        return new ColumnMapping(columns, nameParts, orders);
    }

    /** The order the user confirmed for {@code field}'s dates, if they did. */
    public Optional<DateOrder> dateOrder(FormField field) {
        return Optional.ofNullable(dateOrders.get(field));
    }

    /** True when a column holds {@code field} (for the name, also when first and last name columns do). */
    public boolean isMapped(FormField field) {
        return columns.containsKey(field) || field == FormField.SIGNATORY_NAME && !nameParts.isEmpty();
    }

    /** The required fields ({@link FormField#required()}) that no column holds. */
    public List<FormField> missingRequired() {
        List<FormField> missing = new ArrayList<>();
        for (FormField field : FormField.required()) {
            if (!isMapped(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** The refusal for a mapping that lacks required columns, naming them; empty when none is missing. */
    public Optional<String> missingRequiredMessage(String fileName) {
        List<FormField> missing = missingRequired();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = missing.stream().map(field -> "\"" + field.label() + "\"").toList();
        return Optional.of(fileName + " has no " + String.join(", no ", names) + " column. The first row of the "
                + "file must name its columns, for example: Name, Date, On behalf of Organisation, Address, Tel, "
                + "Email.");
    }

    public Map<FormField, Integer> asMap() {
        return columns;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping mapping && mapping.columns.equals(columns)
                && mapping.nameParts.equals(nameParts) && mapping.dateOrders.equals(dateOrders);
    }

    @Override
    public int hashCode() {
        return (columns.hashCode() * 31 + nameParts.hashCode()) * 31 + dateOrders.hashCode();
    }

    @Override
    public String toString() {
        return columns + (nameParts.isEmpty() ? "" : " name from " + nameParts)
                + (dateOrders.isEmpty() ? "" : " dates " + dateOrders);
    }
}
