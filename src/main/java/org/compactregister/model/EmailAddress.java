package org.compactregister.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Email addresses as staff type them: checked for shape, domain in lower case. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile(
            "^[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
                    + "[\\p{L}]{2,}$");

    private EmailAddress() {
    }

    /** The address with its domain in lower case, or empty when it is not shaped like an email address. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.startsWith("mailto:")) {
            text = text.substring("mailto:".length());
        }
        if (!SHAPE.matcher(text).matches() || text.contains("..") || text.startsWith(".")
                || text.substring(0, text.indexOf('@')).endsWith(".")) {
            return Optional.empty();
        }
        int at = text.indexOf('@');
        return Optional.of(text.substring(0, at) + "@" + text.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}
