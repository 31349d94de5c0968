package org.compactregister.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK postcodes: checked for shape and written the way Royal Mail writes them (upper case, one space).
 * The Crown dependencies' postcodes (JE, GY, IM) have the same shape; British Forces Post Office
 * numbers ({@code BFPO 57}) are accepted as the postcode of a forces address.
 */
public final class UkPostcode {

    private static final Pattern SHAPE =
            Pattern.compile("^(GIR|[A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$");
    private static final Pattern BFPO = Pattern.compile("^BFPO([1-9][0-9]{0,3})$");

    private UkPostcode() {
    }

    /**
     * The postcode in its standard form ({@code le1 1aa} becomes {@code LE1 1AA}), or empty when the
     * text is not shaped like a UK postcode. {@code bfpo 57} becomes {@code BFPO 57}. Spaces of any
     * kind and invisible characters inside are ignored.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = Text.clean(typed).replace(" ", "").toUpperCase(Locale.UK);
        Matcher bfpo = BFPO.matcher(compact);
        if (bfpo.matches()) {
            return Optional.of("BFPO " + bfpo.group(1));
        }
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
