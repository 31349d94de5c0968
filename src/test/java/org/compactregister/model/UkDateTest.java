package org.compactregister.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UkDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"24/11/2026", "24/11/26", "24-11-2026", "24.11.2026", "2026-11-24", "24 Nov 2026",
        "24 November 2026", "24 november 2026", " 24/11/2026 ", "24‑11‑2026", "24–11–2026",
        "２４/１１/２０２６", "２４ Nov ２０２６"})
    void readsTheWaysAUkOfficeWritesADate(String typed) {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 24)), UkDate.parse(typed));
    }

    @Test
    void readsSeptemberEitherWay() {
        assertEquals(Optional.of(LocalDate.of(2025, 9, 3)), UkDate.parse("3 Sep 2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 9, 3)), UkDate.parse("3 Sept 2025"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "31/02/2026", "11/24/2026", "yesterday", "2026", "24/13/2026"})
    void refusesWhatIsNotADate(String typed) {
        assertTrue(UkDate.parse(typed).isEmpty(), typed);
    }

    @Test
    void writesShortAndLongForms() {
        assertEquals("05/01/2026", UkDate.formatShort(LocalDate.of(2026, 1, 5)));
        assertEquals("5 January 2026", UkDate.formatLong(LocalDate.of(2026, 1, 5)));
    }
}
