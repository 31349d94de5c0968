package org.compactregister.scan;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Locale;
import java.util.Map;

/**
 * Which way up a picture is stored, as the EXIF orientation tag says it (1 to 8): how to turn and
 * mirror the stored pixels so the page stands upright. Phones store photos as the sensor saw them
 * and set this tag instead of turning the pixels. The same turns serve the viewer's turn left/right.
 */
enum Orientation {
    UPRIGHT(1, false, 0),
    MIRRORED(2, true, 0),
    UPSIDE_DOWN(3, false, 180),
    UPSIDE_DOWN_MIRRORED(4, true, 180),
    MIRRORED_TURN_LEFT(5, true, 270),
    TURN_RIGHT(6, false, 90),
    MIRRORED_TURN_RIGHT(7, true, 90),
    TURN_LEFT(8, false, 270);

    /** The names the standard ImageIO metadata uses for the same eight (as TIFF readers report them). */
    private static final Map<String, Orientation> STANDARD_NAMES = Map.of(
            "normal", UPRIGHT, "fliph", MIRRORED, "rotate180", UPSIDE_DOWN, "flipv", UPSIDE_DOWN_MIRRORED,
            "fliphrotate90", MIRRORED_TURN_LEFT, "rotate270", TURN_RIGHT, "flipvrotate90", MIRRORED_TURN_RIGHT,
            "rotate90", TURN_LEFT);

    private final int exifValue;
    private final boolean mirrored;
    private final int clockwiseDegrees;

    Orientation(int exifValue, boolean mirrored, int clockwiseDegrees) {
        this.exifValue = exifValue;
        this.mirrored = mirrored;
        this.clockwiseDegrees = clockwiseDegrees;
    }

    /** The orientation for an EXIF tag value; anything outside 1 to 8 (a damaged tag) counts as upright. */
    static Orientation ofExif(int value) {
        for (Orientation orientation : values()) {
            if (orientation.exifValue == value) {
                return orientation;
            }
        }
        return UPRIGHT;
    }

    /** The orientation named in ImageIO's standard metadata ("Rotate270", "FlipH"…); unknown names count as upright. */
    static Orientation ofStandardName(String name) {
        return name == null ? UPRIGHT : STANDARD_NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), UPRIGHT);
    }

    /** A plain turn clockwise by {@code degrees} (0, 90, 180 or 270; other values are brought into that range by quarter turns). */
    static Orientation turn(int degrees) {
        return switch (Math.floorMod(Math.round(degrees / 90f), 4)) {
            case 1 -> TURN_RIGHT;
            case 2 -> UPSIDE_DOWN;
            case 3 -> TURN_LEFT;
            default -> UPRIGHT;
        };
    }

    int exifValue() {
        return exifValue;
    }

    /** True when upright the picture's width is its stored height (a quarter turn). */
    boolean swapsSides() {
        return clockwiseDegrees % 180 != 0;
    }

    /**
     * The stored picture turned (and mirrored) to stand upright, in RGB (black and white when it is
     * so stored); the same image when already upright.
     */
    BufferedImage apply(BufferedImage stored) {
        if (this == UPRIGHT) {
            return stored;
        }
        int width = stored.getWidth();
        int height = stored.getHeight();
        int outWidth = swapsSides() ? height : width;
        int outHeight = swapsSides() ? width : height;
        AffineTransform transform = new AffineTransform();
        transform.translate(outWidth / 2.0, outHeight / 2.0);
        transform.rotate(Math.toRadians(clockwiseDegrees));
        if (mirrored) {
            transform.scale(-1, 1);
        }
        transform.translate(-width / 2.0, -height / 2.0);
        // a black-and-white page stays black and white (quarter turns and mirrors move whole pixels)
        BufferedImage out = stored.getType() == BufferedImage.TYPE_BYTE_BINARY
                        && stored.getColorModel() instanceof IndexColorModel colours
                ? new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_BYTE_BINARY, colours)
                : new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        try {
            g.drawImage(stored, transform, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
