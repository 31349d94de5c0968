package org.compactregister.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK telephone numbers: typed any way staff like ({@code +44 (0)116 496-0123}, {@code 01164960123})
 * and kept in the usual written form ({@code 0116 496 0123}).
 */
public final class UkPhoneNumber {

    /** What a typed number may hold: digits, + ( ) - . and spaces (no-break ones too). */
    private static final Pattern TYPED = Pattern.compile("[0-9+()\\-.\\s\\u00A0]+");
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]");

    private UkPhoneNumber() {
    }

    /** The number in its usual written form, or empty when it is not a UK number. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (!TYPED.matcher(text).matches()) {
            return Optional.empty();
        }
        String digits = NOT_DIGITS.matcher(text).replaceAll("");
        if (text.startsWith("+")) {
            if (!digits.startsWith("44")) {
                return Optional.empty();
            }
            digits = digits.substring(2);
            if (digits.startsWith("0")) { // +44 (0)116 ...
                digits = digits.substring(1);
            }
            digits = "0" + digits;
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        if (!digits.startsWith("0") || digits.startsWith("00")) {
            return Optional.empty();
        }
        boolean tenDigitAllowed = digits.startsWith("016977") || digits.startsWith("0800");
        if (!(digits.length() == 11 || (digits.length() == 10 && tenDigitAllowed))) {
            return Optional.empty();
        }
        return Optional.of(format(digits));
    }

    private static String format(String d) {
        if (d.length() == 10) {
            return d.substring(0, 5) + " " + d.substring(5);
        }
        if (d.startsWith("02")) {
            return d.substring(0, 3) + " " + d.substring(3, 7) + " " + d.substring(7);
        }
        boolean fourDigitArea = d.startsWith("011") || d.charAt(3) == '1';
        if (d.startsWith("01") && !fourDigitArea) {
            return d.substring(0, 5) + " " + d.substring(5);
        }
        if (d.startsWith("07")) {
            return d.substring(0, 5) + " " + d.substring(5);
        }
        return d.substring(0, 4) + " " + d.substring(4, 7) + " " + d.substring(7);
    }
}
