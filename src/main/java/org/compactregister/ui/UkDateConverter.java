package org.compactregister.ui;

import java.time.LocalDate;
import javafx.util.StringConverter;
import org.compactregister.model.UkDate;

/** Shows dates as 24/11/2026 and reads every way {@link UkDate} accepts. */
public final class UkDateConverter extends StringConverter<LocalDate> {

    @Override
    public String toString(LocalDate date) {
        return UkDate.formatShort(date);
    }

    @Override
    public LocalDate fromString(String text) {
        return UkDate.parse(text).orElse(null);
    }
}
