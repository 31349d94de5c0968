package org.compactregister.model;

/** The columns the register can be sorted by. */
public enum SortColumn {
    ORGANISATION,
    SIGNATORY_NAME,
    SECTOR,
    DATE_SIGNED,
    DATE_RECEIVED,
    STATUS,
    TOWN,
    POSTCODE
}
