package org.compactregister.ui.scan;

import org.compactregister.ui.register.SignatoryFormViewModel;

/** A commitment form typed from a waiting scan, with the scan beside it; closing the form releases the scan. */
public record FormBesideScan(SignatoryFormViewModel form, ScanViewerViewModel scan) {
}
