package org.compactregister.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** Another scan's pages drawn turned clockwise by a number of degrees (how staff turned a sideways scan to read it). */
final class TurnedPages implements ScanPages {

    private final ScanPages pages;
    private final Orientation turn;

    TurnedPages(ScanPages pages, int degrees) {
        this.pages = pages;
        this.turn = Orientation.turn(degrees);
    }

    @Override
    public int pageCount() {
        return pages.pageCount();
    }

    @Override
    public double naturalWidth(int pageIndex) throws IOException {
        return turn.swapsSides() ? pages.naturalHeight(pageIndex) : pages.naturalWidth(pageIndex);
    }

    @Override
    public double naturalHeight(int pageIndex) throws IOException {
        return turn.swapsSides() ? pages.naturalWidth(pageIndex) : pages.naturalHeight(pageIndex);
    }

    @Override
    public BufferedImage render(int pageIndex, double zoom) throws IOException {
        return turn.apply(pages.render(pageIndex, zoom));
    }

    /** Closes the pages it turns. */
    @Override
    public void close() throws IOException {
        pages.close();
    }
}
