package org.compactregister.io;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compactregister.model.UkPhoneNumber;

/**
 * A phone cell as a spreadsheet may have left it after taking the number for a number: the leading
 * zero gone ({@code 1164960123}), a {@code .0} after it, or the {@code +} of {@code +44} gone. The
 * zero (or plus) is put back when the digits then make a valid UK number. A number shown in
 * scientific notation keeps every digit when the digits after the point cover the power of ten
 * ({@code 7.700900123E+09} is 7700900123): it is read like the whole number. One whose digits fall
 * short of it ({@code 1.16496E+09}) has lost its last digits for good: it is left out, and the note
 * says so, rather than stored wrong or the signatory refused over an optional field.
 */
final class SpreadsheetPhone {

    /** What the cell gives: the phone to check (possibly empty) and what was done to it, if anything. */
    record Result(String phone, Optional<String> note) {
    }

    private static final Pattern DIGITS_ONLY = Pattern.compile("^([1-9]\\d{8,11})(?:\\.0+)?$");
    private static final Pattern SCIENTIFIC = Pattern.compile("^[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d+$");
    /** A number in scientific notation in its parts: whole digits, digits after the point, the power's sign and digits. */
    private static final Pattern SCIENTIFIC_PARTS = Pattern.compile("^\\+?(\\d+)(?:[.,](\\d+))?[eE]([+-]?)(\\d+)$");
    /** More digits than any phone number has: an exponent beyond it is no phone number, and not worked out. */
    private static final int MAX_DIGITS = 15;

    private SpreadsheetPhone() {
    }

    /** The phone in {@code cell}, repaired where that is certain; {@code label} names the field in a note. */
    static Result read(String cell, String label) {
        String text = cell.strip();
        if (SCIENTIFIC.matcher(text).matches()) {
            Optional<String> whole = wholeNumber(text);
            if (whole.isPresent()) {
                Result restored = restored(whole.get(), label + ": \"" + text + "\"", " was written in scientific "
                        + "notation, which kept every digit, and had lost its leading ");
                if (restored != null) {
                    return restored;
                }
            }
            return new Result("", Optional.of(label + ": \"" + text + "\" was turned into a number in scientific "
                    + "notation by the spreadsheet, which lost its last digits, so it was left out. Add the number "
                    + "to the signatory in the register."));
        }
        Matcher digits = DIGITS_ONLY.matcher(text);
        if (digits.matches()) {
            Result restored = restored(digits.group(1), label + ": \"" + text + "\"", " had lost its leading ");
            if (restored != null) {
                return restored;
            }
        }
        return new Result(text, Optional.empty());
    }

    /**
     * The valid UK number {@code number} (digits, no leading zero) makes with a 0 or + before it, with
     * the note ({@code cell}, then {@code lost}, then "zero"/"+", then what was entered); null when neither is valid.
     */
    private static Result restored(String number, String cell, String lost) {
        for (String restored : new String[] {"0" + number, "+" + number}) {
            Optional<String> valid = UkPhoneNumber.normalise(restored);
            if (valid.isPresent() && (restored.startsWith("0") || number.startsWith("44"))) {
                return new Result(valid.get(), Optional.of(cell + lost + (restored.startsWith("0") ? "zero" : "+")
                        + " in the spreadsheet; it was entered as " + valid.get() + "."));
            }
        }
        return null;
    }

    /**
     * The digits of a number in scientific notation when they are all there: the digits after the
     * point reach the power of ten (any beyond it zeros), so the value is a whole number the
     * spreadsheet wrote out in full ({@code 1.164960123E+09}); empty when digits were cut off.
     */
    private static Optional<String> wholeNumber(String text) {
        Matcher parts = SCIENTIFIC_PARTS.matcher(text);
        if (!parts.matches() || parts.group(4).length() > 3) {
            return Optional.empty();
        }
        String fraction = parts.group(2) == null ? "" : parts.group(2);
        int exponent = Integer.parseInt(parts.group(4)) * ("-".equals(parts.group(3)) ? -1 : 1);
        while (fraction.length() > exponent && fraction.endsWith("0")) {
            fraction = fraction.substring(0, fraction.length() - 1);
        }
        if (fraction.length() != exponent || exponent > MAX_DIGITS) {
            return Optional.empty();
        }
        String digits = (parts.group(1) + fraction).replaceFirst("^0+", "");
        return digits.isEmpty() ? Optional.empty() : Optional.of(digits);
    }
}
