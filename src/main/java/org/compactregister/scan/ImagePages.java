package org.compactregister.scan;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.compactregister.model.ScanMediaType;

/**
 * The pages of an image file (PNG, JPEG, WebP, BMP, GIF, or TIFF with one or many pages), decoded
 * by ImageIO (TIFF and WebP by TwelveMonkeys, as BMP would be if its reader were on the class path;
 * the others by the JDK's readers), each stood upright as its orientation tag says (a phone photo
 * taken sideways; BMP and GIF carry none, so are shown as stored). Only a TIFF has several pages:
 * its pictures, less the reduced-resolution previews some scanners add ({@link TiffLayout}). Any
 * other file is one page, its first picture: the further pictures of an animated GIF or WebP are
 * changes to the first, and the one appended to a phone's JPEG (an "Ultra HDR" gain map, a
 * multi-picture JPEG's second view) is no page of its own. Large pages are read with subsampling, so
 * a 600 dpi scan shown small never sits whole in memory.
 */
final class ImagePages implements ScanPages {

    private static final String TWELVEMONKEYS = "com.twelvemonkeys.";
    private static final String JDK = "com.sun.imageio.";
    /**
     * TwelveMonkeys warns so of an uncompressed TIFF's last strip, which is rightly shorter than the
     * others; it reads the page whole all the same, so this warning is no sign of damage.
     */
    private static final String SHORT_LAST_STRIP = "strip/tileByteCount < required";

    /** A black-and-white page larger than this (24 MB of bits; A4 at 1200 dpi is 140 million) is drawn as others are. */
    private static final long MOST_BLACK_AND_WHITE_PIXELS = 16 * ScanPages.MAX_PIXELS;

    private final ImageInputStream input;
    private final ImageReader reader;
    private final int pageCount;
    /** Page (0-based) to the reader's picture index. */
    private final int[] pictures;
    private final Orientation[] orientations;
    private final List<String> warnings = new ArrayList<>();

    /** {@code pagePictures}: the reader's pictures that are pages; null for the first picture only, when there is one. */
    private ImagePages(ImageInputStream input, ImageReader reader, Orientation photoOrientation, List<Integer> pagePictures)
            throws IOException {
        this.input = input;
        this.reader = reader;
        reader.setInput(input, false, photoOrientation != null);
        reader.addIIOReadWarningListener(new IIOReadWarningListener() {
            @Override
            public void warningOccurred(ImageReader source, String warning) {
                if (!warning.startsWith(SHORT_LAST_STRIP)) {
                    warnings.add(warning);
                }
            }
        });
        // a one-page file's page is its first picture: an animation is not read on through its others to count them
        this.pictures = pagePictures != null ? pagePictures.stream().mapToInt(Integer::intValue).toArray()
                : hasFirstPicture(reader) ? new int[] {0} : new int[0];
        this.pageCount = pictures.length;
        this.orientations = new Orientation[pageCount];
        for (int page = 0; page < pageCount; page++) {
            orientations[page] = photoOrientation != null ? photoOrientation
                    : PhotoOrientations.ofPage(reader, pictures[page]);
        }
    }

    /** Whether {@code reader} finds a first picture, reading no further than it (none: a file cut before it). */
    private static boolean hasFirstPicture(ImageReader reader) throws IOException {
        try {
            reader.getWidth(0);
            return true;
        } catch (IndexOutOfBoundsException none) {
            return false;
        }
    }

    static ImagePages open(Path file, ScanMediaType type) throws IOException {
        ImageInputStream input = ImageIO.createImageInputStream(file.toFile());
        if (input == null) {
            throw new IIOException("No image input for " + file);
        }
        ImageReader reader = preferredReader(type);
        if (reader == null) {
            input.close();
            throw new IIOException("No reader for " + type);
        }
        try {
            if (type != ScanMediaType.TIFF) {
                return new ImagePages(input, reader, PhotoOrientations.ofPhoto(file), null);
            }
            TiffLayout layout = TiffLayout.of(file);
            if (layout.cutShort()) {
                throw new EOFException("the TIFF stops before the end of its pictures");
            }
            return new ImagePages(input, reader, null, layout.pages());
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /**
     * The TwelveMonkeys reader where there is one, else the JDK's own: the JPEG 2000 decoder brings
     * older TIFF and BMP readers (jai-imageio's) onto the class path too, and ImageIO does not
     * promise which of them comes first.
     */
    private static ImageReader preferredReader(ScanMediaType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(formatName(type));
        ImageReader jdk = null;
        ImageReader first = null;
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            String name = reader.getClass().getName();
            if (name.startsWith(TWELVEMONKEYS)) {
                return reader;
            }
            jdk = jdk == null && name.startsWith(JDK) ? reader : jdk;
            first = first == null ? reader : first;
        }
        return jdk != null ? jdk : first;
    }

    private static String formatName(ScanMediaType type) {
        return switch (type) {
            case PNG -> "png";
            case JPEG -> "jpeg";
            case TIFF -> "tiff";
            case WEBP -> "webp";
            case BMP -> "bmp";
            case GIF -> "gif";
            case PDF -> throw new IllegalArgumentException("a PDF is not an image");
        };
    }

    @Override
    public int pageCount() {
        return pageCount;
    }

    @Override
    public double naturalWidth(int pageIndex) throws IOException {
        int picture = pictures[pageIndex];
        return orientations[pageIndex].swapsSides() ? reader.getHeight(picture) : reader.getWidth(picture);
    }

    @Override
    public double naturalHeight(int pageIndex) throws IOException {
        int picture = pictures[pageIndex];
        return orientations[pageIndex].swapsSides() ? reader.getWidth(picture) : reader.getHeight(picture);
    }

    /** The page's orientation tag, as read when the file was opened. */
    Orientation orientation(int pageIndex) {
        return orientations[pageIndex];
    }

    @Override
    public BufferedImage render(int pageIndex, double zoom) throws IOException {
        int picture = pictures[pageIndex];
        double width = reader.getWidth(picture);
        double height = reader.getHeight(picture);
        double bounded = ScanPages.boundedZoom(width, height, zoom);
        int step = Math.max(1, (int) Math.floor(1 / bounded));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage read = reader.read(picture, param);
        int targetWidth = Math.max(1, (int) Math.round(width * bounded));
        int targetHeight = Math.max(1, (int) Math.round(height * bounded));
        return orientations[pageIndex].apply(scaled(read, targetWidth, targetHeight));
    }

    /**
     * The page stood upright at its own pixel size, for putting into a PDF without loss: a
     * black-and-white page (one bit a pixel) as black and white, up to {@link #MOST_BLACK_AND_WHITE_PIXELS};
     * any other as {@link #render} draws it at 100% (so one over {@link ScanPages#MAX_PIXELS} comes subsampled).
     */
    BufferedImage picture(int pageIndex) throws IOException {
        int picture = pictures[pageIndex];
        var raw = reader.getRawImageType(picture);
        long pixels = (long) reader.getWidth(picture) * reader.getHeight(picture);
        if (raw == null || raw.getColorModel().getPixelSize() != 1 || pixels > MOST_BLACK_AND_WHITE_PIXELS) {
            return render(pageIndex, 1.0);
        }
        return orientations[pageIndex].apply(reader.read(picture));
    }

    /**
     * The page's resolution in dots per inch across and down as it stands upright, as the file
     * says it (a scanner's TIFF does); empty when it does not say.
     */
    Optional<double[]> dotsPerInch(int pageIndex) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(pictures[pageIndex]);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported() || tiffWithoutResolution(metadata)) {
                return Optional.empty();
            }
            var tree = (IIOMetadataNode) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            double across = 25.4 / millimetres(tree, "HorizontalPixelSize");
            double down = 25.4 / millimetres(tree, "VerticalPixelSize");
            if (!(across > 0 && down > 0 && Double.isFinite(across) && Double.isFinite(down))) {
                return Optional.empty();
            }
            return Optional.of(orientations[pageIndex].swapsSides() ? new double[] {down, across} : new double[] {across, down});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True for a TIFF page without an XResolution tag (282), to which the TIFF reader gives 72 dpi all the same. */
    private static boolean tiffWithoutResolution(IIOMetadata metadata) {
        String format = metadata.getNativeMetadataFormatName();
        if (format == null || !format.contains("tiff")) {
            return false;
        }
        var fields = ((IIOMetadataNode) metadata.getAsTree(format)).getElementsByTagName("TIFFField");
        for (int i = 0; i < fields.getLength(); i++) {
            if ("282".equals(((IIOMetadataNode) fields.item(i)).getAttribute("number"))) {
                return false;
            }
        }
        return true;
    }

    /** A pixel's size in millimetres from the standard metadata's {@code name} element; NaN when absent. */
    private static double millimetres(IIOMetadataNode tree, String name) {
        var found = tree.getElementsByTagName(name);
        return found.getLength() == 0 ? Double.NaN
                : Double.parseDouble(((IIOMetadataNode) found.item(0)).getAttribute("value"));
    }

    /** Problems the decoder noticed but read past (a JPEG that ends early, for one). */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    private static BufferedImage scaled(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height && image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        input.close();
    }
}
