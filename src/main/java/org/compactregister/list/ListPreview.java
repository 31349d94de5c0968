package org.compactregister.list;

import java.awt.HeadlessException;
import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.compactregister.service.RefusedException;

/**
 * A laid-out list held open for the preview: its pages drawn as pictures, and printing through
 * the system's print dialog. Its methods do slow work: call them away from the window's thread.
 * Close it when the preview closes.
 */
public final class ListPreview implements AutoCloseable {

    private final byte[] pdf;
    private final PDDocument document;
    private final PDFRenderer renderer;

    public ListPreview(byte[] pdf) {
        this.pdf = pdf;
        try {
            this.document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.renderer = new PDFRenderer(document);
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** The PDF as it will be saved and printed. */
    public byte[] pdf() {
        return pdf.clone();
    }

    /** Page {@code index} (from 0) drawn at {@code dpi} dots per inch. */
    public synchronized BufferedImage render(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shows the system's print dialog and prints the list to the printer chosen there.
     *
     * @return false when the user cancelled the dialog
     * @throws RefusedException when there is no printer or it refused the job
     */
    public synchronized boolean print(String jobName) {
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (HeadlessException e) {
            throw new RefusedException("Printing needs a screen and a printer; this computer has no screen for "
                    + "the print dialog. Save the list as a PDF and print that instead.");
        } catch (PrinterException e) {
            throw new RefusedException("The printer did not take the list (" + org.compactregister.service.FileProblems.reason(e)
                    + "). Check that a printer is set up and switched on, or save the list as a PDF and print that.");
        }
    }

    /** Closes the document, waiting for a page being drawn or printed to finish first. */
    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
