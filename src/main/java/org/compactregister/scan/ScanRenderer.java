package org.compactregister.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.compactregister.model.ScanMediaType;

/** Opens a scan file for drawing its pages, and makes the small picture of its first page shown in lists. */
public final class ScanRenderer {

    /** Thumbnails are drawn this wide, twice the size they are shown at, so they stay sharp. */
    public static final int THUMBNAIL_WIDTH = 180;

    private ScanRenderer() {
    }

    /** Opens {@code file}, which holds a scan of kind {@code type}, for drawing. */
    public static ScanPages open(Path file, ScanMediaType type) throws IOException {
        if (type == ScanMediaType.BMP && BmpLength.cutShort(file)) {
            // the JDK's reader would draw it subsampled without complaint, the rest of the page blank
            throw new java.io.EOFException("the BMP picture stops before its end");
        }
        return type.isPdf() ? ScanPdfPages.open(file) : ImagePages.open(file, type);
    }

    /** The first page, {@link #THUMBNAIL_WIDTH} pixels wide. */
    public static BufferedImage thumbnail(ScanPages pages) throws IOException {
        return pages.renderToWidth(0, THUMBNAIL_WIDTH);
    }

    public static byte[] toPng(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads back a PNG written by {@link #toPng}; null when it cannot be read. */
    public static BufferedImage fromPng(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            return null;
        }
    }
}
