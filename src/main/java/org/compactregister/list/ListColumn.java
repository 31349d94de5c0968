package org.compactregister.list;

import java.util.function.Function;
import org.compactregister.model.Signatory;

/** A column of a signatory list: its heading, its share of the page width, and what it shows. */
record ListColumn(String heading, float weight, Function<Signatory, String> value) {

    String valueOf(Signatory signatory) {
        String text = value.apply(signatory);
        return text == null ? "" : text;
    }
}
