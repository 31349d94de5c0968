package org.compactregister.letter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a letters PDF as pictures, for the preview: the very PDF that is printed or saved,
 * drawn by PDFBox. Open while the preview shows it; close it afterwards.
 */
public final class LetterPages implements AutoCloseable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    public LetterPages(byte[] pdf) {
        try {
            this.document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.renderer = new PDFRenderer(document);
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) drawn at {@code dpi} dots per inch. */
    public synchronized BufferedImage render(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
