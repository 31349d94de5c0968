package org.compactregister.scan;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs as office scanners make them: each page one picture filling an A4 page, coded in JPEG 2000
 * (colour and grey scans) or JBIG2 (black-and-white scans), built here from a drawn form.
 */
final class ScannerPdfs {

    /** One page's picture: its coding, its bytes as the PDF holds them, and its size and colours. */
    record Picture(COSName filter, byte[] coded, int width, int height, int bitsPerComponent, PDColorSpace colours) {
    }

    private ScannerPdfs() {
    }

    /** A form drawn in black on white, {@code width} × {@code height}: a black block in its top-left quarter. */
    static BufferedImage form(int width, int height, int imageType) {
        BufferedImage image = new BufferedImage(width, height, imageType);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(width / 10, height / 10, width * 3 / 10, height * 3 / 10);
        g.drawRect(width / 12, height / 2, width * 5 / 6, height / 3);
        g.dispose();
        return image;
    }

    /** The form coded in JPEG 2000 (a JP2 file, lossless), grey or colour. */
    static Picture jpeg2000(int width, int height, boolean colour) {
        BufferedImage image = form(width, height, colour ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_BYTE_GRAY);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg2000").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new Picture(COSName.JPX_DECODE, bytes.toByteArray(), width, height, 8,
                colour ? PDDeviceRGB.INSTANCE : PDDeviceGray.INSTANCE);
    }

    /**
     * The form in black and white, coded in JBIG2 as a PDF embeds it: a page information segment,
     * one immediate generic region coded with MMR (the fax G4 coding, made here by PDFBox's CCITT
     * encoder), and an end of page.
     */
    static Picture jbig2(int width, int height) {
        BufferedImage image = form(width, height, BufferedImage.TYPE_BYTE_BINARY);
        byte[] mmr;
        try (PDDocument scratch = new PDDocument()) {
            PDImageXObject fax = CCITTFactory.createFromImage(scratch, image);
            try (InputStream raw = fax.getCOSObject().createRawInputStream()) {
                mmr = raw.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        segment(out, 0, 48, pageInformation(width, height));
        ByteArrayOutputStream region = new ByteArrayOutputStream();
        int32(region, width);
        int32(region, height);
        int32(region, 0);
        int32(region, 0);
        region.write(0);
        region.write(1);
        region.writeBytes(mmr);
        segment(out, 1, 38, region.toByteArray());
        segment(out, 2, 49, new byte[0]);
        return new Picture(COSName.JBIG2_DECODE, out.toByteArray(), width, height, 1, PDDeviceGray.INSTANCE);
    }

    /** A picture that says it is coded with {@code filter} but holds bytes no decoder makes sense of. */
    static Picture damaged(COSName filter, int width, int height) {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        return new Picture(filter, noise, width, height, filter == COSName.JBIG2_DECODE ? 1 : 8, PDDeviceGray.INSTANCE);
    }

    /** A PDF with one A4 page for each picture, the picture filling the page. */
    static Path pdf(Path file, List<Picture> pages) {
        try (PDDocument document = new PDDocument()) {
            for (Picture picture : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(picture.coded()),
                        picture.filter(), picture.width(), picture.height(), picture.bitsPerComponent(), picture.colours());
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pageInformation(int width, int height) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int32(data, width);
        int32(data, height);
        int32(data, 0);
        int32(data, 0);
        data.write(0);
        data.write(0);
        data.write(0);
        return data.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int number, int type, byte[] data) {
        int32(out, number);
        out.write(type);
        out.write(0);
        out.write(1);
        int32(out, data.length);
        out.writeBytes(data);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
