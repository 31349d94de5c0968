package org.compactregister.form;

import java.awt.image.BufferedImage;

/**
 * Whether a box cut from a scan ({@link ReturnedFormEntry#CUT_PIXELS_PER_POINT} pixels a point,
 * {@link PagePlacement#CUT_MARGIN} around the box) has writing in it: dark pixels inside the box,
 * away from its printed border. It cannot read the writing; it tells a box written on from one left
 * blank, so that a renewal's boxes with writing can be pointed out for comparing with the record.
 */
public final class BoxInk {

    /**
     * How far inside the cut's edge (points) the box's inside starts: the margin, the border, and a
     * cut misplaced by up to 4 points (seen at 150 dpi); writing sits in the middle of a box.
     */
    private static final double INSIDE = PagePlacement.CUT_MARGIN + 6;
    /** Darker than this (0 black to 255 white) is ink, blurred pencil included; scanner noise on white paper stays lighter. */
    private static final int DARK = 170;
    /** A run of dark pixels this long (20 points) is a printed line; strokes of writing are shorter. */
    private static final int LINE = 40;
    /** At least this many dark pixels (10 square points at the cut's size: about one written digit) are writing; a speck of dust is less. */
    private static final int WRITING = 40;

    private BoxInk() {
    }

    /** Whether the cut box has writing in it. */
    public static boolean writtenOn(BufferedImage cut) {
        return darkPixels(cut) >= WRITING;
    }

    /**
     * The dark pixels inside the cut box that are not part of a printed line (for measuring): a run
     * of dark pixels across or down longer than {@link #LINE}, a row dark over a fifth of its width
     * and a column dark over four fifths of its height are a border that a slightly misplaced cut let
     * in, not writing.
     */
    public static int darkPixels(BufferedImage cut) {
        int inside = (int) Math.round(INSIDE * ReturnedFormEntry.CUT_PIXELS_PER_POINT);
        int width = cut.getWidth() - 2 * inside;
        int height = cut.getHeight() - 2 * inside;
        if (width <= 0 || height <= 0) {
            return 0;
        }
        boolean[][] dark = new boolean[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = cut.getRGB(x + inside, y + inside);
                int grey = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                dark[y][x] = grey < DARK;
            }
        }
        boolean[][] line = new boolean[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; ) {
                int end = x;
                while (end < width && dark[y][end]) {
                    end++;
                }
                for (int i = x; end - x >= LINE && i < end; i++) {
                    line[y][i] = true;
                }
                x = Math.max(end, x + 1);
            }
        }
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; ) {
                int end = y;
                while (end < height && dark[end][x]) {
                    end++;
                }
                for (int i = y; end - y >= LINE && i < end; i++) {
                    line[i][x] = true;
                }
                y = Math.max(end, y + 1);
            }
        }
        // a line broken by noise: a row (or column) dark over a fifth of its length, with its neighbours
        for (int y = 0; y < height; y++) {
            int count = 0;
            for (int x = 0; x < width; x++) {
                count += dark[y][x] ? 1 : 0;
            }
            if (count * 5 >= width) {
                for (int row = Math.max(0, y - 1); row <= Math.min(height - 1, y + 1); row++) {
                    java.util.Arrays.fill(line[row], true);
                }
            }
        }
        for (int x = 0; x < width; x++) {
            int count = 0;
            for (int y = 0; y < height; y++) {
                count += dark[y][x] ? 1 : 0;
            }
            if (count * 5 >= height * 4) {
                for (int column = Math.max(0, x - 1); column <= Math.min(width - 1, x + 1); column++) {
                    for (int y = 0; y < height; y++) {
                        line[y][column] = true;
                    }
                }
            }
        }
        int writing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (dark[y][x] && !line[y][x]) {
                    writing++;
                }
            }
        }
        return writing;
    }
}
