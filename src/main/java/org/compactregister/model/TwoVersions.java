package org.compactregister.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A form saved over a newer version, field by field: the version the user opened ({@code opened}),
 * the one someone else saved since ({@code theirs}), and what the user typed ({@code mine}). Where
 * theirs and mine differ, the user chooses which to keep; {@link #merged} builds the form from those
 * choices. Values are shown as the form shows them (dates as 24/11/2026, empty text when blank).
 */
public final class TwoVersions {

    /** Which version of a field to keep. */
    public enum Keep { MINE, THEIRS }

    /** One field in the three versions, as text. */
    public record FieldVersions(FormField field, String opened, String theirs, String mine) {

        /** True when theirs and mine are not the same: the user has a choice to make. */
        public boolean differs() {
            return !theirs.equals(mine);
        }

        /** True when the other person changed this field. */
        public boolean changedByThem() {
            return !theirs.equals(opened);
        }

        /** True when this user changed this field. */
        public boolean changedByMe() {
            return !mine.equals(opened);
        }

        /** True when both changed it, each to something else: a real conflict. */
        public boolean changedByBoth() {
            return differs() && changedByThem() && changedByMe();
        }

        /** The choice offered first: mine where I changed the field, theirs where only they did. */
        public Keep suggested() {
            return changedByMe() ? Keep.MINE : Keep.THEIRS;
        }
    }

    private final CommitmentForm theirs;
    private final CommitmentForm mine;
    private final List<FieldVersions> fields;

    private TwoVersions(CommitmentForm opened, CommitmentForm theirs, CommitmentForm mine) {
        this.theirs = theirs;
        this.mine = mine;
        List<FieldVersions> all = new ArrayList<>();
        for (FormField field : FormField.values()) {
            all.add(new FieldVersions(field, SignatoryFields.valueOf(opened, field),
                    SignatoryFields.valueOf(theirs, field), SignatoryFields.valueOf(mine, field)));
        }
        this.fields = List.copyOf(all);
    }

    /** Compares the three versions of one signatory's form. */
    public static TwoVersions compare(CommitmentForm opened, CommitmentForm theirs, CommitmentForm mine) {
        return new TwoVersions(Objects.requireNonNull(opened), Objects.requireNonNull(theirs),
                Objects.requireNonNull(mine));
    }

    /** Every field of the form, in the form's order. */
    public List<FieldVersions> fields() {
        return fields;
    }

    /** The fields where theirs and mine differ, in the form's order. */
    public List<FieldVersions> differing() {
        return fields.stream().filter(FieldVersions::differs).toList();
    }

    /** "Town, Tel": the labels of the differing fields, for a message. */
    public String differingLabels() {
        return String.join(", ", differing().stream().map(f -> f.field().label()).toList());
    }

    /** The suggested choice for every differing field. */
    public Map<FormField, Keep> suggestedChoices() {
        Map<FormField, Keep> choices = new EnumMap<>(FormField.class);
        differing().forEach(f -> choices.put(f.field(), f.suggested()));
        return choices;
    }

    public CommitmentForm theirs() {
        return theirs;
    }

    public CommitmentForm mine() {
        return mine;
    }

    /**
     * Their form with each field in {@code choices} set to MINE taken from mine; fields not named
     * (or named THEIRS) stay as theirs.
     */
    public CommitmentForm merged(Map<FormField, Keep> choices) {
        CommitmentForm result = theirs;
        for (Map.Entry<FormField, Keep> choice : choices.entrySet()) {
            if (choice.getValue() == Keep.MINE) {
                result = withField(result, choice.getKey(), mine);
            }
        }
        return result;
    }

    /** {@code form} with one field's value taken from {@code source}. */
    static CommitmentForm withField(CommitmentForm form, FormField field, CommitmentForm source) {
        Address a = form.address();
        Address s = source.address();
        return switch (field) {
            case SIGNATORY_NAME -> new CommitmentForm(source.signatoryName(), form.dateSigned(), form.organisation(),
                    a, form.telephone(), form.secondTelephone(), form.email(), form.sector(), form.dateReceived(),
                    form.howReceived(), form.notes());
            case DATE_SIGNED -> new CommitmentForm(form.signatoryName(), source.dateSigned(), form.organisation(),
                    a, form.telephone(), form.secondTelephone(), form.email(), form.sector(), form.dateReceived(),
                    form.howReceived(), form.notes());
            case ORGANISATION -> new CommitmentForm(form.signatoryName(), form.dateSigned(), source.organisation(),
                    a, form.telephone(), form.secondTelephone(), form.email(), form.sector(), form.dateReceived(),
                    form.howReceived(), form.notes());
            case ADDRESS_LINE_1 -> form.withAddress(new Address(s.line1(), a.line2(), a.line3(), a.town(), a.postcode()));
            case ADDRESS_LINE_2 -> form.withAddress(new Address(a.line1(), s.line2(), a.line3(), a.town(), a.postcode()));
            case ADDRESS_LINE_3 -> form.withAddress(new Address(a.line1(), a.line2(), s.line3(), a.town(), a.postcode()));
            case TOWN -> form.withAddress(new Address(a.line1(), a.line2(), a.line3(), s.town(), a.postcode()));
            case POSTCODE -> form.withAddress(a.withPostcode(s.postcode()));
            case TELEPHONE -> form.withContact(source.telephone(), form.email());
            case SECOND_TELEPHONE -> form.withSecondTelephone(source.secondTelephone());
            case EMAIL -> form.withContact(form.telephone(), source.email());
            case SECTOR -> new CommitmentForm(form.signatoryName(), form.dateSigned(), form.organisation(), a,
                    form.telephone(), form.secondTelephone(), form.email(), source.sector(), form.dateReceived(),
                    form.howReceived(), form.notes());
            case DATE_RECEIVED -> new CommitmentForm(form.signatoryName(), form.dateSigned(), form.organisation(), a,
                    form.telephone(), form.secondTelephone(), form.email(), form.sector(), source.dateReceived(),
                    form.howReceived(), form.notes());
            case HOW_RECEIVED -> new CommitmentForm(form.signatoryName(), form.dateSigned(), form.organisation(), a,
                    form.telephone(), form.secondTelephone(), form.email(), form.sector(), form.dateReceived(),
                    source.howReceived(), form.notes());
            case NOTES -> new CommitmentForm(form.signatoryName(), form.dateSigned(), form.organisation(), a,
                    form.telephone(), form.secondTelephone(), form.email(), form.sector(), form.dateReceived(),
                    form.howReceived(), source.notes());
        };
    }
}
