package org.compactregister.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF, drawn by PDFBox (JBIG2 and JPEG 2000 pictures, which office scanners use, by
 * their ImageIO decoders). The file is read as needed, with scratch space on disk, not in memory.
 * A page with a picture that cannot be decoded is not drawn blank: it throws {@link PageNotDrawnException}.
 */
final class ScanPdfPages implements ScanPages {

    private static final double PIXELS_PER_POINT = 96.0 / 72.0;

    private final PDDocument document;
    private final PDFRenderer renderer;

    private ScanPdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new CheckingPdfRenderer(document);
        this.renderer.setSubsamplingAllowed(true);
    }

    /**
     * Opens the PDF at {@code file}.
     *
     * @throws InvalidPasswordException when it needs a password to open
     * @throws IOException when it is damaged
     */
    static ScanPdfPages open(Path file) throws IOException {
        return new ScanPdfPages(Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache()));
    }

    @Override
    public int pageCount() {
        return document.getNumberOfPages();
    }

    @Override
    public double naturalWidth(int pageIndex) {
        return turned(pageIndex) ? box(pageIndex).getHeight() * PIXELS_PER_POINT : box(pageIndex).getWidth() * PIXELS_PER_POINT;
    }

    @Override
    public double naturalHeight(int pageIndex) {
        return turned(pageIndex) ? box(pageIndex).getWidth() * PIXELS_PER_POINT : box(pageIndex).getHeight() * PIXELS_PER_POINT;
    }

    private PDRectangle box(int pageIndex) {
        return document.getPage(pageIndex).getCropBox();
    }

    private boolean turned(int pageIndex) {
        PDPage page = document.getPage(pageIndex);
        return page.getRotation() % 180 != 0;
    }

    /**
     * @throws PageNotDrawnException when a picture on the page cannot be decoded
     */
    @Override
    public BufferedImage render(int pageIndex, double zoom) throws IOException {
        double bounded = ScanPages.boundedZoom(naturalWidth(pageIndex), naturalHeight(pageIndex), zoom);
        try {
            return renderer.renderImage(pageIndex, (float) (bounded * PIXELS_PER_POINT), ImageType.RGB);
        } catch (CheckingPdfRenderer.PictureNotDrawn e) {
            throw new PageNotDrawnException(pageIndex + 1, e.picture(), e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
