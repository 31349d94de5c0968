package org.compactregister.letter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the fictional Brambleford CVS logo shipped in {@code assets/letter/letterhead.png}: a
 * bramble leaf in a circle and the initials. Run on purpose to redraw it:
 * {@code mvn -q test-compile exec:java} is not set up, so run it from the IDE or with
 * {@code java -cp target/classes:target/test-classes org.compactregister.letter.LetterheadLogoGenerator assets/letter/letterhead.png}.
 */
public final class LetterheadLogoGenerator {

    private LetterheadLogoGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/letter/letterhead.png");
        ImageIO.write(draw(), "png", out.toFile());
    }

    static BufferedImage draw() throws IOException, java.awt.FontFormatException {
        int w = 640;
        int h = 240;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color green = new Color(0x2E, 0x6B, 0x4F);
        Color berry = new Color(0x6B, 0x2E, 0x5A);
        g.setPaint(new GradientPaint(0, 0, new Color(0x3F, 0x8A, 0x66), 0, 220, green));
        g.fill(new Ellipse2D.Float(10, 10, 220, 220));
        // a leaf
        Path2D leaf = new Path2D.Float();
        leaf.moveTo(70, 170);
        leaf.curveTo(60, 100, 120, 50, 175, 60);
        leaf.curveTo(180, 120, 130, 180, 70, 170);
        leaf.closePath();
        g.setColor(new Color(0xE8, 0xF3, 0xEC));
        g.fill(leaf);
        g.setColor(green);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(78, 162, 168, 68);
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 4; i++) {
            int x = 95 + i * 18;
            int y = 145 - i * 19;
            g.drawLine(x, y, x - 2, y - 24);
            g.drawLine(x, y, x + 22, y + 4);
        }
        // berries
        g.setColor(berry);
        for (int[] b : new int[][] {{150, 150}, {170, 165}, {160, 180}, {180, 145}}) {
            g.fill(new Ellipse2D.Float(b[0], b[1], 22, 22));
        }
        Font bold;
        try (InputStream in = LetterheadLogoGenerator.class.getResourceAsStream("/assets/fonts/NotoSans-Bold.ttf")) {
            bold = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        g.setColor(green);
        g.setFont(bold.deriveFont(96f));
        g.drawString("B", 252, 120);
        g.setColor(berry);
        g.drawString("cvs", 318, 120);
        g.setColor(new Color(0x33, 0x33, 0x33));
        g.setFont(bold.deriveFont(27f));
        g.drawString("Brambleford", 256, 170);
        g.setFont(bold.deriveFont(Font.PLAIN, 22f));
        g.drawString("Council for Voluntary Service", 256, 202);
        g.dispose();
        return image;
    }
}
