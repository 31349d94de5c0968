package org.compactregister.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The rules a commitment form must meet before it goes into the register. The form entry screen,
 * the CSV import and the command line all use these, so a form is judged the same way everywhere.
 */
public final class CommitmentFormRules {

    /** The national Compact was agreed in November 1998: no local Compact was signed before it. */
    public static final LocalDate EARLIEST_SIGNING = LocalDate.of(1998, 11, 1);

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ORGANISATION_LENGTH = 300;
    public static final int MAX_LINE_LENGTH = 200;
    public static final int MAX_NOTES_LENGTH = 4000;

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CommitmentFormRules() {
    }

    /** Checks the form as of {@code today} and returns it tidied, or the errors in it. */
    public static CheckedForm check(CommitmentForm form, LocalDate today) {
        return check(form, today, null);
    }

    /**
     * As {@link #check(CommitmentForm, LocalDate)}, for a change to a stored form ({@code stored},
     * null for a new one): a letter the register cannot print is told only in a field that was
     * changed, so that an older record holding one can still be edited elsewhere.
     */
    public static CheckedForm check(CommitmentForm form, LocalDate today, CommitmentForm stored) {
        Map<FormField, String> errors = new EnumMap<>(FormField.class);

        for (FormField field : FormField.required()) {
            if (isEmpty(form, field)) {
                errors.put(field, field.whenMissing());
            }
        }
        length(errors, FormField.SIGNATORY_NAME, form.signatoryName(), MAX_NAME_LENGTH);
        length(errors, FormField.ORGANISATION, form.organisation(), MAX_ORGANISATION_LENGTH);

        checkDateSigned(errors, form.dateSigned(), today);
        checkDateReceived(errors, form.dateReceived(), form.dateSigned(), today);

        Address address = form.address();
        length(errors, FormField.ADDRESS_LINE_1, address.line1(), MAX_LINE_LENGTH);
        length(errors, FormField.ADDRESS_LINE_2, address.line2(), MAX_LINE_LENGTH);
        length(errors, FormField.ADDRESS_LINE_3, address.line3(), MAX_LINE_LENGTH);
        length(errors, FormField.TOWN, address.town(), MAX_LINE_LENGTH);
        String postcode = address.postcode();
        if (!postcode.isEmpty()) {
            var moved = UkPostcode.spaceInTheWrongPlace(postcode);
            postcode = UkPostcode.normalise(postcode).orElse(postcode);
            if (moved.isPresent()) {
                errors.put(FormField.POSTCODE, "\"" + address.postcode() + "\": the space is in the wrong place: "
                        + moved.get() + "? Check the postcode and write it with the space before its last three "
                        + "characters.");
                postcode = address.postcode();
            } else if (UkPostcode.normalise(postcode).isEmpty()) {
                errors.put(FormField.POSTCODE, UkPostcode.isFirstHalfOnly(postcode)
                        ? "\"" + address.postcode() + "\" is only the first half of a postcode. Add the second half, "
                                + "like LE1 1AA."
                        : "\"" + address.postcode() + "\" is not a UK postcode. Write it like LE1 1AA.");
            }
        }

        String telephone = phone(errors, FormField.TELEPHONE, form.telephone());
        String secondTelephone = phone(errors, FormField.SECOND_TELEPHONE, form.secondTelephone());

        String email = form.email();
        if (!email.isEmpty()) {
            var normalised = EmailAddress.normalise(email);
            if (normalised.isPresent()) {
                email = normalised.get();
            } else {
                errors.put(FormField.EMAIL, severalEmails(email)
                        ? "\"" + form.email() + "\" holds more than one email address, and the form has room for one. "
                                + "Keep one here and put the others in Notes."
                        : "\"" + form.email() + "\" is not an email address. It should look like name@example.org.");
            }
        }

        if (form.notes().length() > MAX_NOTES_LENGTH) {
            errors.put(FormField.NOTES, "Notes can be at most " + MAX_NOTES_LENGTH + " characters long.");
        }
        PrintableLetters.check(form, stored, errors);

        CommitmentForm tidied = form
                .withAddress(address.withPostcode(postcode))
                .withContact(telephone, email)
                .withSecondTelephone(secondTelephone);
        return new CheckedForm(tidied, FieldErrors.of(errors));
    }

    /** The number in its usual written form, or as typed with an error put on {@code field}. */
    private static String phone(Map<FormField, String> errors, FormField field, String typed) {
        if (typed.isEmpty()) {
            return typed;
        }
        var normalised = UkPhoneNumber.normalise(typed);
        if (normalised.isEmpty()) {
            errors.put(field, "\"" + typed + "\" is not a UK phone number. Give the full number with "
                    + "its area code, like 0116 496 0123.");
        }
        return normalised.orElse(typed);
    }

    /** Whether {@code email} is two or more addresses in one field ("a@x.org; b@y.org", "a@x.org, b@y.org"). */
    private static boolean severalEmails(String email) {
        String[] parts = email.strip().split("[;,/\\s]+");
        return parts.length > 1 && Arrays.stream(parts).allMatch(part -> EmailAddress.normalise(part).isPresent());
    }

    private static void checkDateSigned(Map<FormField, String> errors, LocalDate signed, LocalDate today) {
        if (signed == null) {
            return;
        }
        if (signed.isAfter(today)) {
            errors.put(FormField.DATE_SIGNED, "The date signed, " + UK_DATE.format(signed)
                    + ", is in the future. Check the date on the form.");
        } else if (signed.isBefore(EARLIEST_SIGNING)) {
            errors.put(FormField.DATE_SIGNED, "The date signed, " + UK_DATE.format(signed)
                    + ", is before the Compact existed (November 1998). Check the year.");
        }
    }

    private static void checkDateReceived(Map<FormField, String> errors, LocalDate received, LocalDate signed,
                                          LocalDate today) {
        if (received == null) {
            return;
        }
        if (received.isAfter(today)) {
            errors.put(FormField.DATE_RECEIVED, "The date received, " + UK_DATE.format(received)
                    + ", is in the future.");
        } else if (signed != null && received.isBefore(signed)) {
            errors.put(FormField.DATE_RECEIVED, "The form cannot have been received ("
                    + UK_DATE.format(received) + ") before it was signed (" + UK_DATE.format(signed) + ").");
        }
    }

    /** Whether the form leaves {@code field} empty: no text, or no date or choice. */
    private static boolean isEmpty(CommitmentForm form, FormField field) {
        return switch (field) {
            case SIGNATORY_NAME -> form.signatoryName().isEmpty();
            case DATE_SIGNED -> form.dateSigned() == null;
            case ORGANISATION -> form.organisation().isEmpty();
            case ADDRESS_LINE_1 -> form.address().line1().isEmpty();
            case ADDRESS_LINE_2 -> form.address().line2().isEmpty();
            case ADDRESS_LINE_3 -> form.address().line3().isEmpty();
            case TOWN -> form.address().town().isEmpty();
            case POSTCODE -> form.address().postcode().isEmpty();
            case TELEPHONE -> form.telephone().isEmpty();
            case SECOND_TELEPHONE -> form.secondTelephone().isEmpty();
            case EMAIL -> form.email().isEmpty();
            case SECTOR -> form.sector() == null;
            case DATE_RECEIVED -> form.dateReceived() == null;
            case HOW_RECEIVED -> form.howReceived() == null;
            case NOTES -> form.notes().isEmpty();
        };
    }

    private static void length(Map<FormField, String> errors, FormField field, String value, int max) {
        if (value.length() > max && !errors.containsKey(field)) {
            errors.put(field, field.label() + " can be at most " + max + " characters long.");
        }
    }
}
