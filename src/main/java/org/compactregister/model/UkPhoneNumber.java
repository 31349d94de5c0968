package org.compactregister.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK telephone numbers: typed any way staff like ({@code +44 (0)116 496-0123}, {@code 01164960123},
 * {@code (+44) 116 496 0123}, with en dashes or in full-width digits) and kept in the usual written
 * form ({@code 0116 496 0123}); an extension after the number
 * ({@code ext 23}, {@code extn. 23}, {@code x23}, {@code extension 23}) is kept as {@code ext. 23}.
 */
public final class UkPhoneNumber {

    /** What a typed number may hold: digits, + ( ) - . and spaces (no-break ones too). */
    private static final Pattern TYPED = Pattern.compile("[0-9+()\\-.\\s\\u00A0]+");
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]");
    /** An extension at the end of a typed number, after a space, comma or semicolon or none (1 to 6 digits). */
    private static final Pattern EXTENSION =
            Pattern.compile("(?i)[\\s\u00A0]*[,;]?[\\s\u00A0]*(?:ext(?:ension|n)?\\.?|x)[\\s\u00A0]*(\\d{1,6})$");
    /** How a kept number marks its extension: {@code 0116 496 0200 ext. 23}. */
    private static final String EXTENSION_MARK = " ext. ";

    /** The longest number kept: an 11-digit number in its groups with a 6-digit extension. */
    public static final int MAX_LENGTH = 13 + EXTENSION_MARK.length() + 6;

    private UkPhoneNumber() {
    }

    /** The number in its usual written form, or empty when it is not a UK number. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = Text.foldLookAlikes(typed).strip();
        Matcher extension = EXTENSION.matcher(text);
        if (extension.find() && extension.start() > 0) {
            // the number before it is read without looking for another extension: one is kept, not several
            return number(text.substring(0, extension.start()).strip())
                    .map(number -> number + EXTENSION_MARK + extension.group(1));
        }
        return number(text);
    }

    /** The number without an extension ({@code text} stripped) in its usual written form, or empty. */
    private static Optional<String> number(String text) {
        if (!TYPED.matcher(text).matches()) {
            return Optional.empty();
        }
        String digits = NOT_DIGITS.matcher(text).replaceAll("");
        if (text.startsWith("+") || text.matches("^\\(\\s*\\+.*")) { // +44 116 …, (+44) 116 …
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
        } else if (digits.startsWith("44") && digits.length() == 12 && !digits.startsWith("440")) {
            digits = "0" + digits.substring(2); // 44 7700 900123: +44 with its + left off (no UK number starts 44)
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

    /** The number of a kept number without its extension ({@code 0116 496 0200} of {@code 0116 496 0200 ext. 23}). */
    public static String withoutExtension(String kept) {
        int mark = kept.indexOf(EXTENSION_MARK);
        return mark < 0 ? kept : kept.substring(0, mark);
    }

    private static String format(String d) {
        if (d.length() == 10 && d.startsWith("0800")) {
            return d.substring(0, 4) + " " + d.substring(4, 7) + " " + d.substring(7); // 0800 800 150
        }
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
