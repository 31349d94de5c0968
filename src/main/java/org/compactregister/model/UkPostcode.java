package org.compactregister.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** UK postcodes: checked for shape and written the way Royal Mail writes them (upper case, one space). */
public final class UkPostcode {

    private static final Pattern SHAPE =
            Pattern.compile("^(GIR|[A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");

    private UkPostcode() {
    }

    /**
     * The postcode in its standard form ({@code le1 1aa} becomes {@code LE1 1AA}), or empty when the
     * text is not shaped like a UK postcode.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s\\u00A0]", "").toUpperCase(Locale.UK);
        Matcher matcher = SHAPE.matcher(compact);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (matcher.group(1).equals("GIR") && !matcher.group(2).equals("0AA")) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + " " + matcher.group(2));
    }
}
