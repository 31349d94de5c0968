package org.compactregister.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The shipped fonts for one PDF document, regular and bold. Only the faces a document really
 * uses are embedded, and only the letters it uses (subsets).
 */
public final class PdfFonts {

    private final Typeface regular;
    private final Typeface bold;

    public PdfFonts(PDDocument document) {
        this.regular = new Typeface(document, false);
        this.bold = new Typeface(document, true);
    }

    public Typeface regular() {
        return regular;
    }

    public Typeface bold() {
        return bold;
    }
}
