package org.compactregister.letter;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.compactregister.service.RefusedException;

/** Sends a PDF of letters to a printer: through the system's print dialog, or straight to a named printer. */
public final class LetterPrinting {

    private LetterPrinting() {
    }

    /**
     * Shows the system print dialog and prints when the user confirms it. Call it off the JavaFX
     * thread. Returns false when the user cancelled the dialog.
     */
    public static boolean printWithDialog(byte[] pdf, String jobName) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (PrinterException | IOException e) {
            throw new RefusedException("The letters could not be printed: " + reason(e)
                    + ". Check that the printer is switched on and connected, or save the letters as a PDF instead.");
        } catch (java.awt.HeadlessException e) {
            throw new RefusedException("This computer has no screen to show the print dialog on. "
                    + "Save the letters as a PDF instead.");
        }
    }

    /** Prints to the printer called {@code printerName} (as the system lists it), without a dialog. */
    public static void printTo(byte[] pdf, String jobName, String printerName) {
        PrintService service = null;
        for (PrintService candidate : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (candidate.getName().equalsIgnoreCase(printerName)) {
                service = candidate;
            }
        }
        if (service == null) {
            throw new RefusedException("There is no printer called \"" + printerName + "\" on this computer.");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(document));
            job.print();
        } catch (PrinterException | IOException e) {
            throw new RefusedException("The letters could not be printed on \"" + printerName + "\": " + reason(e) + ".");
        }
    }

    private static String reason(Exception e) {
        return org.compactregister.service.FileProblems.reason(e);
    }
}
