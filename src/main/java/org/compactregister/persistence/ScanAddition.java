package org.compactregister.persistence;

import org.compactregister.model.Scan;

/** What became of a scan handed to {@link ScanRepository#add}. */
public sealed interface ScanAddition {

    /** Stored now. */
    record Added(Scan scan) implements ScanAddition {
    }

    /** The same file (same SHA-256) is already kept with this signatory; nothing was stored again. */
    record AlreadyThere(Scan scan) implements ScanAddition {
    }

    /** The signatory is no longer in the register; nothing was stored. */
    record NoSuchSignatory() implements ScanAddition {
    }
}
