package org.compactregister.form;

import com.google.zxing.LuminanceSource;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A page's picture as grey levels for ZXing, optionally made smaller first by averaging each block
 * of pixels (so thin lines and the code's modules survive, and it costs one pass over the pixels).
 */
final class GreyPixels extends LuminanceSource {

    private final byte[] grey;

    GreyPixels(BufferedImage page, double scale) {
        super(Math.max(1, (int) (page.getWidth() * Math.min(1, scale))), Math.max(1, (int) (page.getHeight() * Math.min(1, scale))));
        byte[] full = greyOf(page);
        this.grey = scale >= 1 ? full : shrink(full, page.getWidth(), page.getHeight(), getWidth(), getHeight());
    }

    private static byte[] greyOf(BufferedImage page) {
        BufferedImage grey = page;
        if (page.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = grey.createGraphics();
            try {
                g.drawImage(page, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        var raster = grey.getRaster();
        if (raster.getDataBuffer() instanceof DataBufferByte bytes && raster.getParent() == null
                && bytes.getData().length == page.getWidth() * page.getHeight()) {
            return bytes.getData();
        }
        byte[] out = new byte[page.getWidth() * page.getHeight()];
        raster.getDataElements(0, 0, page.getWidth(), page.getHeight(), out);
        return out;
    }

    /** Each output pixel the average of the block of input pixels it covers. */
    private static byte[] shrink(byte[] in, int inW, int inH, int outW, int outH) {
        byte[] out = new byte[outW * outH];
        int[] sums = new int[outW];
        int[] counts = new int[outW];
        int[] column = new int[inW];
        for (int x = 0; x < inW; x++) {
            column[x] = Math.min(outW - 1, (int) ((long) x * outW / inW));
        }
        int outY = 0;
        for (int y = 0; y < inH; y++) {
            int target = Math.min(outH - 1, (int) ((long) y * outH / inH));
            if (target != outY) {
                flush(out, outY, outW, sums, counts);
                outY = target;
            }
            int row = y * inW;
            for (int x = 0; x < inW; x++) {
                sums[column[x]] += in[row + x] & 0xFF;
                counts[column[x]]++;
            }
        }
        flush(out, outY, outW, sums, counts);
        return out;
    }

    private static void flush(byte[] out, int y, int width, int[] sums, int[] counts) {
        for (int x = 0; x < width; x++) {
            out[y * width + x] = (byte) (counts[x] == 0 ? 255 : sums[x] / counts[x]);
            sums[x] = 0;
            counts[x] = 0;
        }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        int width = getWidth();
        byte[] target = row == null || row.length < width ? new byte[width] : row;
        System.arraycopy(grey, y * width, target, 0, width);
        return target;
    }

    @Override
    public byte[] getMatrix() {
        return grey;
    }
}
