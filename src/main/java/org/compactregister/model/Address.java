package org.compactregister.model;

import java.util.ArrayList;
import java.util.List;

/** A postal address as written on the commitment form. Empty parts are empty strings, never null. */
public record Address(String line1, String line2, String town, String postcode) {

    public static final Address EMPTY = new Address("", "", "", "");

    public Address {
        line1 = Text.clean(line1);
        line2 = Text.clean(line2);
        town = Text.clean(town);
        postcode = Text.clean(postcode);
    }

    /** The non-empty lines in postal order: street lines, town, postcode. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String part : List.of(line1, line2, town, postcode)) {
            if (!part.isEmpty()) {
                lines.add(part);
            }
        }
        return lines;
    }

    public boolean isEmpty() {
        return lines().isEmpty();
    }
}
