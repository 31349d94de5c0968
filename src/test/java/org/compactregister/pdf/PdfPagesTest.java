package org.compactregister.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.compactregister.service.RefusedException;
import org.junit.jupiter.api.Test;

class PdfPagesTest {

    private static byte[] twoPages() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage(PDRectangle.A4));
            document.addPage(new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())));
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void pagesAreCountedAndDrawnAsTheyWillPrint() throws Exception {
        byte[] pdf = twoPages();
        try (PdfPages pages = new PdfPages(pdf, "the list")) {
            assertEquals(2, pages.pageCount());
            BufferedImage portrait = pages.render(0, 72);
            BufferedImage landscape = pages.render(1, 72);
            assertEquals(595, portrait.getWidth());
            assertEquals(841, portrait.getHeight(), "A4 is 841.9 points high");
            assertEquals(841, landscape.getWidth(), "the second page lies on its side");
            assertArrayEquals(pdf, pages.pdf());
        }
    }

    @Test
    void printingWithNoScreenOrNoSuchPrinterIsRefusedInWords() throws Exception {
        try (PdfPages pages = new PdfPages(twoPages(), "the letters")) {
            RefusedException noScreen = assertThrows(RefusedException.class, () -> pages.printWithDialog("Letters"));
            assertEquals("This computer has no screen to show the print dialog on. Save the letters as a PDF and "
                    + "print that instead.", noScreen.getMessage());
            RefusedException noPrinter = assertThrows(RefusedException.class,
                    () -> pages.printTo("No Such Printer 42", "Letters"));
            assertTrue(noPrinter.getMessage().startsWith("There is no printer called \"No Such Printer 42\""));
        }
    }
}
