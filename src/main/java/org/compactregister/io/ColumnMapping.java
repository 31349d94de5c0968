package org.compactregister.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.compactregister.model.FormField;

/**
 * Which column of a CSV file holds which field of the register. Guessed from the header row: the
 * paper form's own labels (Name, Date, On behalf of Organisation, Address, Tel, Email) and the
 * register's field names (Town, Postcode, Sector, Date received, ...), in any case and spacing.
 */
public final class ColumnMapping {

    private static final Map<FormField, List<String>> NAMES = new EnumMap<>(FormField.class);

    static {
        NAMES.put(FormField.SIGNATORY_NAME, List.of("name", "signatory", "signatory name", "signed by",
                "name of signatory", "signatory s name", "contact name", "print name"));
        NAMES.put(FormField.DATE_SIGNED, List.of("date", "date signed", "signed", "signed on", "date of signing",
                "signing date"));
        NAMES.put(FormField.ORGANISATION, List.of("on behalf of organisation", "on behalf of organization",
                "on behalf of", "organisation", "organization", "organisation name", "organization name",
                "on behalf of organisation name"));
        NAMES.put(FormField.ADDRESS_LINE_1, List.of("address", "address line 1", "address 1", "address1",
                "street", "street address"));
        NAMES.put(FormField.ADDRESS_LINE_2, List.of("address line 2", "address 2", "address2"));
        NAMES.put(FormField.TOWN, List.of("town", "city", "town city", "town or city", "post town"));
        NAMES.put(FormField.POSTCODE, List.of("postcode", "post code", "postal code"));
        NAMES.put(FormField.TELEPHONE, List.of("tel", "tel no", "telephone", "telephone number", "phone",
                "phone number", "tel number"));
        NAMES.put(FormField.EMAIL, List.of("email", "e mail", "email address", "e mail address"));
        NAMES.put(FormField.SECTOR, List.of("sector"));
        NAMES.put(FormField.DATE_RECEIVED, List.of("date received", "received", "received on"));
        NAMES.put(FormField.HOW_RECEIVED, List.of("how received", "received by", "received how"));
        NAMES.put(FormField.NOTES, List.of("notes", "note", "comments", "comment"));
    }

    private final Map<FormField, Integer> columns;

    private ColumnMapping(Map<FormField, Integer> columns) {
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    public static ColumnMapping none() {
        return new ColumnMapping(new EnumMap<>(FormField.class));
    }

    /** The mapping the header row suggests; a column is used for one field at most. */
    public static ColumnMapping guess(List<String> header) {
        Map<FormField, Integer> columns = new EnumMap<>(FormField.class);
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            for (FormField field : FormField.values()) {
                if (!columns.containsKey(field) && matches(field, name)) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return new ColumnMapping(columns);
    }

    private static boolean matches(FormField field, String name) {
        return NAMES.get(field).contains(name)
                || name.equals(normalise(field.label()))
                || name.equals(normalise(field.name()));
    }

    static String normalise(String header) {
        return header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The column that holds {@code field}, if one does. */
    public Optional<Integer> column(FormField field) {
        return Optional.ofNullable(columns.get(field));
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
        return new ColumnMapping(changed);
    }

    public boolean isMapped(FormField field) {
        return columns.containsKey(field);
    }

    /** The required fields ({@link FormField#required()}) that no column holds. */
    public List<FormField> missingRequired() {
        List<FormField> missing = new ArrayList<>();
        for (FormField field : FormField.required()) {
            if (!columns.containsKey(field)) {
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
        return other instanceof ColumnMapping mapping && mapping.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return columns.toString();
    }
}
