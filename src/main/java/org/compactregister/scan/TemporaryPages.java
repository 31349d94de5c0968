package org.compactregister.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Pages drawn from a temporary copy of a kept scan; closing them deletes the copy. */
final class TemporaryPages implements ScanPages {

    private final ScanPages pages;
    private final Path file;

    TemporaryPages(ScanPages pages, Path file) {
        this.pages = pages;
        this.file = file;
    }

    @Override
    public int pageCount() {
        return pages.pageCount();
    }

    @Override
    public double naturalWidth(int pageIndex) throws IOException {
        return pages.naturalWidth(pageIndex);
    }

    @Override
    public double naturalHeight(int pageIndex) throws IOException {
        return pages.naturalHeight(pageIndex);
    }

    @Override
    public BufferedImage render(int pageIndex, double zoom) throws IOException {
        return pages.render(pageIndex, zoom);
    }

    @Override
    public void close() throws IOException {
        try {
            pages.close();
        } finally {
            TemporaryScanFile.deleteQuietly(file);
        }
    }
}
