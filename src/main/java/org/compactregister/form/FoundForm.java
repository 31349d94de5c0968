package org.compactregister.form;

import java.util.Optional;

/**
 * One form found in an inbox file: pages {@code firstPage} to {@code lastPage} (from 0, inclusive),
 * its reference and whose it is in this register (empty owner: a reference of ours that this
 * register does not hold), where the page lies in the scan (empty for a fillable PDF read by its
 * fields), and the values a fillable PDF gave (empty for a scan).
 */
public record FoundForm(int firstPage, int lastPage, FormReference reference, Optional<FormOwner> owner,
                        Optional<PagePlacement> placement, Optional<FilledForm> filled) {

    public boolean matched() {
        return owner.isPresent();
    }

    public int pageCount() {
        return lastPage - firstPage + 1;
    }
}
