package org.compactregister.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * The pages of one open scan, for drawing. Not safe for several threads at once: callers draw
 * one page at a time, away from the window's thread. Close it to release the file.
 */
public interface ScanPages extends AutoCloseable {

    /** No drawn page is larger than this many pixels, whatever the zoom (it keeps memory in bounds). */
    long MAX_PIXELS = 12_000_000L;

    int pageCount();

    /** The page's width at 100% zoom, in screen pixels (a PDF at 96 dpi; an image at its own pixels). */
    double naturalWidth(int pageIndex) throws IOException;

    /** The page's height at 100% zoom, in screen pixels. */
    double naturalHeight(int pageIndex) throws IOException;

    /** Draws one page (0-based) at {@code zoom} (1.0 is 100%), never larger than {@link #MAX_PIXELS}. */
    BufferedImage render(int pageIndex, double zoom) throws IOException;

    /** Draws one page to fit {@code width} pixels wide. */
    default BufferedImage renderToWidth(int pageIndex, int width) throws IOException {
        return render(pageIndex, width / naturalWidth(pageIndex));
    }

    /**
     * These pages turned clockwise by {@code degrees} (0, 90, 180 or 270): a view that draws through
     * these pages, so closing either closes both. With 0 it is these pages themselves.
     */
    default ScanPages rotated(int degrees) {
        return Math.floorMod(degrees, 360) == 0 ? this : new TurnedPages(this, degrees);
    }

    @Override
    void close() throws IOException;

    /** The zoom actually used, lowered when {@code zoom} would make more than {@link #MAX_PIXELS}. */
    static double boundedZoom(double width, double height, double zoom) {
        double pixels = width * zoom * height * zoom;
        return pixels <= MAX_PIXELS ? zoom : zoom * Math.sqrt(MAX_PIXELS / pixels);
    }
}
