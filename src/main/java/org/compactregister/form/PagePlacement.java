package org.compactregister.form;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Where the printed page lies in a scan's picture, found from the QR code: the centres of its three
 * finder squares, whose places on the page {@link CommitmentFormLayout#QR} fixes, give the page's
 * position, size, rotation (any angle, 90° and 180° included) and a scanner's small skew. From it,
 * each box is cut out of the scan upright ({@link #cut}).
 */
public final class PagePlacement {

    /** Finder square centres lie 3.5 modules in from the code's edges. */
    private static final double FINDER_CENTRE = 3.5;
    /** Boxes are cut with this much (points) around them, so a slightly misplaced cut still holds the whole box. */
    public static final float CUT_MARGIN = 6f;

    private final AffineTransform pageToPicture;

    private PagePlacement(AffineTransform pageToPicture) {
        this.pageToPicture = pageToPicture;
    }

    /**
     * The placement given by a found code of {@code modules} modules a side; empty when the three
     * points cannot be a page (they lie on one line).
     */
    public static Optional<PagePlacement> of(QrCodes.Found code, int modules) {
        PageRect qr = CommitmentFormLayout.QR;
        double module = qr.width() / modules;
        double near = FINDER_CENTRE * module;
        double far = (modules - FINDER_CENTRE) * module;
        // page points of the finder centres: top-left, top-right, bottom-left
        double px0 = qr.x() + near, py0 = qr.y() + near;
        double px1 = qr.x() + far, py1 = qr.y() + near;
        double px2 = qr.x() + near, py2 = qr.y() + far;
        Point2D tl = code.topLeft(), tr = code.topRight(), bl = code.bottomLeft();
        // affine: picture = A * page; solved from the three point pairs
        double du = far - near;
        double m00 = (tr.getX() - tl.getX()) / du, m10 = (tr.getY() - tl.getY()) / du;
        double m01 = (bl.getX() - tl.getX()) / du, m11 = (bl.getY() - tl.getY()) / du;
        if (Math.abs(m00 * m11 - m01 * m10) < 1e-9) {
            return Optional.empty();
        }
        double m02 = tl.getX() - m00 * px0 - m01 * py0;
        double m12 = tl.getY() - m10 * px0 - m11 * py0;
        return Optional.of(new PagePlacement(new AffineTransform(m00, m10, m01, m11, m02, m12)));
    }

    /** A page lying upright at the picture's top-left corner, {@code pixelsPerPoint} pixels a point (a PDF page drawn as it is). */
    public static PagePlacement upright(double pixelsPerPoint) {
        return new PagePlacement(AffineTransform.getScaleInstance(pixelsPerPoint, pixelsPerPoint));
    }

    /** The transform from page points (top-left origin) to the picture's pixels. */
    public AffineTransform pageToPicture() {
        return new AffineTransform(pageToPicture);
    }

    /** The page turned by this many degrees clockwise in the picture (0 to 359), from its top edge's direction. */
    public double rotationDegrees() {
        double angle = Math.toDegrees(Math.atan2(pageToPicture.getShearY(), pageToPicture.getScaleX()));
        return (angle + 360) % 360;
    }

    /** Picture pixels per page point (about dpi / 72). */
    public double pixelsPerPoint() {
        return Math.hypot(pageToPicture.getScaleX(), pageToPicture.getShearY());
    }

    /** Where a page point lies in the picture. */
    public Point2D toPicture(double x, double y) {
        return pageToPicture.transform(new Point2D.Double(x, y), null);
    }

    /**
     * The rectangle cut out of the picture upright, at {@code pixelsPerPoint} pixels a point, with
     * {@link #CUT_MARGIN} around it; what lies outside the picture is white.
     */
    public BufferedImage cut(BufferedImage picture, PageRect rect, double pixelsPerPoint) {
        PageRect area = rect.grown(CUT_MARGIN);
        int width = Math.max(1, (int) Math.round(area.width() * pixelsPerPoint));
        int height = Math.max(1, (int) Math.round(area.height() * pixelsPerPoint));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform pageToCut = AffineTransform.getScaleInstance(pixelsPerPoint, pixelsPerPoint);
            pageToCut.translate(-area.x(), -area.y());
            AffineTransform pictureToCut = new AffineTransform(pageToCut);
            pictureToCut.concatenate(pageToPicture.createInverse());
            g.drawImage(picture, pictureToCut, null);
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("A placement is always invertible", e);
        } finally {
            g.dispose();
        }
        return out;
    }
}
