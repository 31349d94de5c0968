package org.compactregister.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A postal address as written on the commitment form: up to three street lines (a unit, a building,
 * a street), the town and the postcode. Empty parts are empty strings, never null.
 */
public record Address(String line1, String line2, String line3, String town, String postcode) {

    public static final Address EMPTY = new Address("", "", "", "", "");

    public Address {
        line1 = Text.clean(line1);
        line2 = Text.clean(line2);
        line3 = Text.clean(line3);
        town = Text.clean(town);
        postcode = Text.clean(postcode);
    }

    /** An address of two street lines, as the form screen has. */
    public Address(String line1, String line2, String town, String postcode) {
        this(line1, line2, "", town, postcode);
    }

    /** The non-empty lines in postal order: street lines, town, postcode (last, as Royal Mail asks). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String part : List.of(line1, line2, line3, town, postcode)) {
            if (!part.isEmpty()) {
                lines.add(part);
            }
        }
        return lines;
    }

    public boolean isEmpty() {
        return lines().isEmpty();
    }

    /** This address with {@code newPostcode} in place of its postcode. */
    public Address withPostcode(String newPostcode) {
        return new Address(line1, line2, line3, town, newPostcode);
    }
}
