package org.compactregister.io;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compactregister.model.UkPhoneNumber;

/**
 * A phone cell as a spreadsheet may have left it after taking the number for a number: the leading
 * zero gone ({@code 1164960123}), a {@code .0} after it, or the {@code +} of {@code +44} gone. The
 * zero (or plus) is put back when the digits then make a valid UK number. A number shown in
 * scientific notation ({@code 1.16496E+09}) has lost its last digits for good: it is left out, and
 * the note says so, rather than stored wrong or the signatory refused over an optional field.
 */
final class SpreadsheetPhone {

    /** What the cell gives: the phone to check (possibly empty) and what was done to it, if anything. */
    record Result(String phone, Optional<String> note) {
    }

    private static final Pattern DIGITS_ONLY = Pattern.compile("^([1-9]\\d{8,11})(?:\\.0+)?$");
    private static final Pattern SCIENTIFIC = Pattern.compile("^[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d+$");

    private SpreadsheetPhone() {
    }

    /** The phone in {@code cell}, repaired where that is certain; {@code label} names the field in a note. */
    static Result read(String cell, String label) {
        String text = cell.strip();
        if (SCIENTIFIC.matcher(text).matches()) {
            return new Result("", Optional.of(label + ": \"" + text + "\" was turned into a number in scientific "
                    + "notation by the spreadsheet, which lost its last digits, so it was left out. Add the number "
                    + "to the signatory in the register."));
        }
        Matcher digits = DIGITS_ONLY.matcher(text);
        if (digits.matches()) {
            String number = digits.group(1);
            for (String restored : new String[] {"0" + number, "+" + number}) {
                Optional<String> valid = UkPhoneNumber.normalise(restored);
                if (valid.isPresent() && (restored.startsWith("0") || number.startsWith("44"))) {
                    return new Result(valid.get(), Optional.of(label + ": \"" + text + "\" had lost its leading "
                            + (restored.startsWith("0") ? "zero" : "+") + " in the spreadsheet; it was entered as "
                            + valid.get() + "."));
                }
            }
        }
        return new Result(text, Optional.empty());
    }
}
