package org.compactregister.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.compactregister.model.ScanMediaType;

/**
 * Puts pages of a picture file (the pages of a multi-page TIFF scan) into a PDF without loss, a
 * picture a page, each page the picture's own size at the resolution the file gives, and so its own
 * shape: a sideways picture on a landscape page, never stretched onto A4. A picture whose file gives
 * no resolution, or one that makes the page smaller than an inch or larger than a scanner's glass
 * (17 inches, above A3), is put on a page of its own shape as long as A4 on its long side. A
 * black-and-white page stays black and white at its own pixels (CCITT Group 4, as scanners write
 * it); any other is kept losslessly (Flate) as {@link ScanPages#render} draws it at 100%.
 */
public final class PicturePdf {

    /** Points in an inch. */
    private static final float POINTS = 72f;
    /** Page sides a scanner makes (1 inch to 17 inches); a resolution giving a page outside them is not believed. */
    private static final float SMALLEST_SIDE = 72f;
    private static final float LARGEST_SIDE = 17 * 72f;

    private PicturePdf() {
    }

    /**
     * A new PDF of pages {@code first} to {@code last} (0-based, inclusive) of {@code file}, a
     * picture file of kind {@code type}; the caller saves and closes it.
     *
     * @throws IOException when the file cannot be read, or is a PDF
     */
    public static PDDocument of(Path file, ScanMediaType type, int first, int last) throws IOException {
        if (type.isPdf()) {
            throw new IOException("a PDF is not a picture file");
        }
        PDDocument out = new PDDocument();
        try (ScanPages opened = ScanRenderer.open(file, type)) {
            ImagePages pages = (ImagePages) opened;
            for (int page = first; page <= last; page++) {
                PDRectangle size = pageSize(pages, page);
                BufferedImage picture = pages.picture(page);
                PDImageXObject image = picture.getColorModel().getPixelSize() == 1
                        ? CCITTFactory.createFromImage(out, picture)
                        : LosslessFactory.createFromImage(out, picture);
                PDPage pdfPage = new PDPage(size);
                out.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(out, pdfPage)) {
                    content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** The page's size in points: its pixels at its resolution, or of its shape and A4's length. */
    static PDRectangle pageSize(ImagePages pages, int page) throws IOException {
        double width = pages.naturalWidth(page);
        double height = pages.naturalHeight(page);
        var dpi = pages.dotsPerInch(page);
        if (dpi.isPresent()) {
            float across = (float) (width / dpi.get()[0] * POINTS);
            float down = (float) (height / dpi.get()[1] * POINTS);
            if (Math.min(across, down) >= SMALLEST_SIDE && Math.max(across, down) <= LARGEST_SIDE) {
                return new PDRectangle(across, down);
            }
        }
        float scale = (float) (PDRectangle.A4.getHeight() / Math.max(width, height));
        return new PDRectangle((float) (width * scale), (float) (height * scale));
    }
}
