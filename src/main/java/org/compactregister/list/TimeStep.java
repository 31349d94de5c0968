package org.compactregister.list;

/** The steps of a chart over time. */
public enum TimeStep {
    MONTH("By month"),
    YEAR("By year");

    private final String label;

    TimeStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
