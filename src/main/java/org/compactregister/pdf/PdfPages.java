package org.compactregister.pdf;

import java.awt.HeadlessException;
import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.compactregister.service.FileProblems;
import org.compactregister.service.RefusedException;

/**
 * A PDF the register made (letters, a list), held open for its preview: the very pages that are
 * printed or saved, drawn as pictures, and printing through the system's print dialog or to a
 * named printer. Every method does slow work: call them away from the window's thread. Drawing,
 * printing and closing wait for one another. Close it when the preview closes.
 */
public final class PdfPages implements AutoCloseable {

    private final byte[] pdf;
    private final String what;
    private final PDDocument document;
    private final PDFRenderer renderer;

    /**
     * @param what what the PDF is, in words for messages: "the letters", "the list"
     */
    public PdfPages(byte[] pdf, String what) {
        this.pdf = pdf;
        this.what = what;
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

    /** The PDF as it is saved and printed. */
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
     * Shows the system's print dialog and prints to the printer chosen there.
     *
     * @return false when the user cancelled the dialog
     * @throws RefusedException when there is no screen for the dialog, no printer, or it refused the job
     */
    public synchronized boolean printWithDialog(String jobName) {
        try {
            PrinterJob job = job(jobName);
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (HeadlessException e) {
            throw new RefusedException("This computer has no screen to show the print dialog on. Save " + what
                    + " as a PDF and print that instead.");
        } catch (PrinterException e) {
            throw refused(e);
        }
    }

    /** Prints to the printer called {@code printerName} (as the system lists it), without a dialog. */
    public synchronized void printTo(String printerName, String jobName) {
        PrintService service = null;
        for (PrintService candidate : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (candidate.getName().equalsIgnoreCase(printerName)) {
                service = candidate;
            }
        }
        if (service == null) {
            throw new RefusedException("There is no printer called \"" + printerName + "\" on this computer.");
        }
        try {
            PrinterJob job = job(jobName);
            job.setPrintService(service);
            job.print();
        } catch (PrinterException e) {
            throw refused(e);
        }
    }

    private PrinterJob job(String jobName) {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        job.setPageable(new PDFPageable(document));
        return job;
    }

    private RefusedException refused(PrinterException e) {
        return new RefusedException("The printer did not take " + what + " (" + FileProblems.reason(e)
                + "). Check that a printer is set up and switched on, or save " + what + " as a PDF and print that.");
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
