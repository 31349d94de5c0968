package org.compactregister.form;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Makes and finds the forms' QR codes (ZXing). A found code gives its text and the centres of its
 * three finder squares in the picture's pixels, which place the whole page ({@link PagePlacement}).
 */
public final class QrCodes {

    /** Level M: a quarter of the code may be smudged and it still reads. */
    private static final Map<EncodeHintType, Object> ENCODING = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0);
    private static final Map<DecodeHintType, Object> DECODING = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
    /** Pages are looked at no larger than this (pixels on the long side), about 150 dpi for A4: fast, and the code still has 6 or more pixels a module. */
    private static final int LOOK_LONG_SIDE = 1800;

    private QrCodes() {
    }

    /** The code's modules, without a quiet zone: {@code true} is dark. */
    public static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, ENCODING);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot make a QR code of \"" + text + "\"", e);
        }
    }

    /**
     * A code found in a picture: its text and its finder squares' centres in the picture's pixels
     * (bottom-left, top-left, top-right, as ZXing gives them).
     */
    public record Found(String text, Point2D bottomLeft, Point2D topLeft, Point2D topRight) {
    }

    /**
     * Looks for a QR code whose text is {@code wanted} on a page's picture: first on a copy about 150 dpi in size, then, if none
     * is found there, on the picture as it is. Empty when there is none that reads.
     */
    public static Optional<Found> find(BufferedImage page, Predicate<String> wanted) {
        int longSide = Math.max(page.getWidth(), page.getHeight());
        if (longSide > LOOK_LONG_SIDE * 1.15) {
            double scale = (double) LOOK_LONG_SIDE / longSide;
            Optional<Found> small = decode(new GreyPixels(page, scale), 1 / scale, wanted);
            if (small.isPresent()) {
                return small;
            }
        }
        return decode(new GreyPixels(page, 1.0), 1.0, wanted);
    }

    /** The wanted code on the picture: the one code ZXing reads first, or, when that is another, all codes on it. */
    private static Optional<Found> decode(LuminanceSource source, double back, Predicate<String> wanted) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(source));
        try {
            Result result = new QRCodeReader().decode(bitmap, DECODING);
            if (wanted.test(result.getText())) {
                return found(result, back);
            }
        } catch (ReaderException e) {
            // none read at once: perhaps a damaged one beside ours; look at all of them
        }
        try {
            for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap, DECODING)) {
                if (wanted.test(result.getText())) {
                    return found(result, back);
                }
            }
        } catch (ReaderException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Found> found(Result result, double back) {
        ResultPoint[] points = result.getResultPoints();
        if (points == null || points.length < 3) {
            return Optional.empty();
        }
        return Optional.of(new Found(result.getText(), point(points[0], back), point(points[1], back),
                point(points[2], back)));
    }

    private static Point2D point(ResultPoint p, double back) {
        return new Point2D.Double(p.getX() * back, p.getY() * back);
    }
}
