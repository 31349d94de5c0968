package org.compactregister.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A signatory's fields as text, for the audit trail and the subject access pack: each field's label
 * in the office's words, its value (dates as 24/11/2026), and whether it is personal data (what an
 * erasure blanks). The public fact (organisation, sector, dates, status, reference) is not personal.
 */
public final class SignatoryFields {

    /** The form's fields that hold personal data of the person who signed. */
    public static final Set<FormField> PERSONAL = EnumSet.of(FormField.SIGNATORY_NAME, FormField.ADDRESS_LINE_1,
            FormField.ADDRESS_LINE_2, FormField.ADDRESS_LINE_3, FormField.TOWN, FormField.POSTCODE,
            FormField.TELEPHONE, FormField.SECOND_TELEPHONE, FormField.EMAIL, FormField.NOTES);

    private static final Set<String> PERSONAL_LABELS = PERSONAL.stream().map(FormField::label)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private SignatoryFields() {
    }

    /** Whether the field with this label holds personal data. */
    public static boolean isPersonal(String label) {
        return PERSONAL_LABELS.contains(label);
    }

    /** Every field of the signatory, label to value (empty text when not filled in), in the form's order. */
    public static Map<String, String> of(Signatory signatory) {
        Map<String, String> fields = new LinkedHashMap<>(ofForm(signatory.form()));
        fields.put("Status", signatory.status().label());
        fields.put("Acknowledged on", date(signatory.acknowledgedOn()));
        fields.put("Withdrawn on", signatory.withdrawalIfAny().map(w -> date(w.date())).orElse(""));
        fields.put("Reason for withdrawal", signatory.withdrawalIfAny().map(Withdrawal::reason).orElse(""));
        return fields;
    }

    /** The fields of a commitment form, label to value. */
    public static Map<String, String> ofForm(CommitmentForm form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FormField field : FormField.values()) {
            fields.put(field.label(), value(form, field));
        }
        return fields;
    }

    /** The changes from {@code before} to {@code after}: a field each, only those that differ. */
    public static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(emptyAsNull(old), emptyAsNull(field.getValue()))) {
                changes.add(new FieldChange(field.getKey(), emptyAsNull(old), emptyAsNull(field.getValue()),
                        isPersonal(field.getKey())));
            }
        }
        return changes;
    }

    /** Every filled-in field of a new record as a change from nothing. */
    public static List<FieldChange> created(Map<String, String> fields) {
        return changes(Map.of(), fields);
    }

    /** Every filled-in field of a removed record as a change to nothing. */
    public static List<FieldChange> removed(Map<String, String> fields) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((label, value) -> {
            if (!value.isEmpty()) {
                changes.add(new FieldChange(label, value, null, isPersonal(label)));
            }
        });
        return changes;
    }

    /** The form with every personal field blanked: what stays after an erasure. */
    public static CommitmentForm withoutPersonalData(CommitmentForm form) {
        return new CommitmentForm("", form.dateSigned(), form.organisation(), Address.EMPTY, "", "", "",
                form.sector(), form.dateReceived(), form.howReceived(), "");
    }

    /** The personal values the form holds (not empty), for checking they are gone after an erasure. */
    public static List<String> personalValues(CommitmentForm form) {
        return PERSONAL.stream().map(field -> value(form, field)).filter(value -> !value.isEmpty()).toList();
    }

    /** One field of the form as text, as the form shows it (dates as 24/11/2026; empty when blank). */
    public static String valueOf(CommitmentForm form, FormField field) {
        return value(form, field);
    }

    private static String value(CommitmentForm form, FormField field) {
        Address a = form.address();
        return switch (field) {
            case SIGNATORY_NAME -> form.signatoryName();
            case DATE_SIGNED -> date(form.dateSigned());
            case ORGANISATION -> form.organisation();
            case ADDRESS_LINE_1 -> a.line1();
            case ADDRESS_LINE_2 -> a.line2();
            case ADDRESS_LINE_3 -> a.line3();
            case TOWN -> a.town();
            case POSTCODE -> a.postcode();
            case TELEPHONE -> form.telephone();
            case SECOND_TELEPHONE -> form.secondTelephone();
            case EMAIL -> form.email();
            case SECTOR -> form.sector() == null ? "" : form.sector().label();
            case DATE_RECEIVED -> date(form.dateReceived());
            case HOW_RECEIVED -> form.howReceived() == null ? "" : form.howReceived().label();
            case NOTES -> form.notes();
        };
    }

    private static String date(LocalDate date) {
        return UkDate.formatShort(date);
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
