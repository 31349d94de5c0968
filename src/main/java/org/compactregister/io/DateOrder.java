package org.compactregister.io;

/** Which comes first in a date column's all-number dates: the day (03/02/2025 is 3 February) or the month (2 March). */
public enum DateOrder {
    DAY_FIRST("day first"),
    MONTH_FIRST("month first");

    private final String words;

    DateOrder(String words) {
        this.words = words;
    }

    /** "day first", "month first". */
    public String words() {
        return words;
    }
}
