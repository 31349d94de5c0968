package org.compactregister.form;

import com.google.zxing.LuminanceSource;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** A page's picture as grey levels for ZXing, optionally scaled down first (smoothly, so thin lines survive). */
final class GreyPixels extends LuminanceSource {

    private final byte[] grey;

    GreyPixels(BufferedImage page, double scale) {
        super(Math.max(1, (int) Math.round(page.getWidth() * scale)), Math.max(1, (int) Math.round(page.getHeight() * scale)));
        BufferedImage out = new BufferedImage(getWidth(), getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(page, 0, 0, getWidth(), getHeight(), null);
        } finally {
            g.dispose();
        }
        this.grey = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
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
