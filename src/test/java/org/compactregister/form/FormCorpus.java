package org.compactregister.form;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The test corpus: forms the register printed, drawn as a scanner would see them (boxes written in,
 * 150 to 300 dpi, turned by quarter turns and skewed, noise, blur, low-quality JPEG), each page with
 * the true place of the page in the picture, to check the matching and the cutting against.
 */
final class FormCorpus {

    /** A page's picture and where the page's points truly lie in it. */
    record Page(BufferedImage picture, AffineTransform pageToPicture, FormReference reference) {
    }

    private FormCorpus() {
    }

    /** Page {@code index} of a forms PDF drawn at {@code dpi} in grey, with the boxes written in by hand (a script face). */
    static BufferedImage draw(byte[] pdf, int index, float dpi, Map<FormBox, String> written) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage grey = new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.GRAY);
            Graphics2D g = grey.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(dpi / 72.0, dpi / 72.0);
            g.setColor(new Color(20, 30, 90));
            g.setFont(new Font(Font.SERIF, Font.ITALIC, 14));
            for (var entry : written.entrySet()) {
                PageRect box = CommitmentFormLayout.box(entry.getKey());
                float y = box.y() + 22;
                for (String line : entry.getValue().split("\n")) {
                    g.drawString(line, box.x() + 8, y);
                    y += 17;
                }
            }
            g.dispose();
            return grey;
        }
    }

    /** The picture turned clockwise by {@code degrees} (quarter turns plus a skew), on a canvas that holds it all. */
    static Page turn(BufferedImage page, float dpi, double degrees, FormReference reference) {
        double theta = Math.toRadians(degrees);
        double w = page.getWidth(), h = page.getHeight();
        double cos = Math.abs(Math.cos(theta)), sin = Math.abs(Math.sin(theta));
        int newW = (int) Math.ceil(w * cos + h * sin), newH = (int) Math.ceil(w * sin + h * cos);
        AffineTransform turn = new AffineTransform();
        turn.translate(newW / 2.0, newH / 2.0);
        turn.rotate(theta);
        turn.translate(-w / 2, -h / 2);
        BufferedImage out = new BufferedImage(newW, newH, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, newW, newH);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, turn, null);
        g.dispose();
        AffineTransform truth = new AffineTransform(turn);
        truth.scale(dpi / 72.0, dpi / 72.0);
        return new Page(out, truth, reference);
    }

    /** Scanner noise (grey levels shaken by about {@code sigma}) and, optionally, a slight blur. */
    static BufferedImage noisy(BufferedImage picture, double sigma, boolean blur, long seed) {
        BufferedImage out = picture;
        if (blur) {
            float ninth = 1f / 9f;
            out = new ConvolveOp(new Kernel(3, 3, new float[] {ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth}),
                    ConvolveOp.EDGE_NO_OP, null).filter(picture, null);
        }
        Random random = new Random(seed);
        var raster = out.getRaster();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int v = raster.getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * sigma);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return out;
    }

    /** The picture as a JPEG of this quality (0 to 1). */
    static byte[] jpeg(BufferedImage picture, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(picture, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static BufferedImage read(byte[] picture) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(picture));
    }

    /** Several pictures as one multi-page TIFF. */
    static byte[] tiff(List<BufferedImage> pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** How much of the true box (its area, 0 to 1) the cut around it holds. */
    static double overlap(PageRect box, AffineTransform truth, PagePlacement found) {
        Area trueBox = new Area(truth.createTransformedShape(rect(box)));
        Area cut = new Area(found.pageToPicture().createTransformedShape(rect(box.grown(PagePlacement.CUT_MARGIN))));
        double whole = area(trueBox);
        trueBox.intersect(cut);
        return area(trueBox) / whole;
    }

    private static java.awt.geom.Rectangle2D rect(PageRect r) {
        return new java.awt.geom.Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
    }

    /** The area of a shape made of straight edges (shoelace over each closed piece). */
    static double area(Area shape) {
        double total = 0;
        double[] c = new double[6];
        double startX = 0, startY = 0, lastX = 0, lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                startX = lastX = c[0];
                startY = lastY = c[1];
            } else if (type == PathIterator.SEG_LINETO) {
                total += lastX * c[1] - c[0] * lastY;
                lastX = c[0];
                lastY = c[1];
            } else if (type == PathIterator.SEG_CLOSE) {
                total += lastX * startY - startX * lastY;
                lastX = startX;
                lastY = startY;
            }
        }
        return Math.abs(total) / 2;
    }

    static Point2D centre(PageRect r, AffineTransform t) {
        return t.transform(new Point2D.Double(r.x() + r.width() / 2, r.y() + r.height() / 2), null);
    }

}
