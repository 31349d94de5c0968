package org.compactregister.scan;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real scan files made for tests: PDFs by PDFBox, images by ImageIO, and broken ones. */
public final class ScanFiles {

    private ScanFiles() {
    }

    /** An A4 PDF with {@code pages} pages, each saying its number, like a scanned commitment form. */
    public static Path pdf(Path file, int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 20);
                    text.newLineAtOffset(72, 760);
                    text.showText("Compact commitment form - page " + i + " of " + pages);
                    text.endText();
                    text.addRect(72, 400, 450, 300);
                    text.stroke();
                }
            }
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with the password "secret". */
    public static Path passwordPdf(Path file) {
        try {
            Path plain = pdf(file.resolveSibling("plain-" + file.getFileName()), 1);
            try (PDDocument document = Loader.loadPDF(plain.toFile())) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
                document.save(file.toFile());
            }
            Files.delete(plain);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of a good PDF, as when copying stopped part way. */
    public static Path truncatedPdf(Path file) {
        try {
            Path whole = pdf(file.resolveSibling("whole-" + file.getFileName()), 3);
            byte[] bytes = Files.readAllBytes(whole);
            Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            Files.delete(whole);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text file named as if it were a PDF. */
    public static Path textNamedPdf(Path file) {
        try {
            return Files.writeString(file, "Dear office,\nthe form is attached.\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage page(int width, int height, String words) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, width / 20)));
        g.drawString(words, width / 12, height / 8);
        g.drawRect(width / 12, height / 4, width * 5 / 6, height / 2);
        g.dispose();
        return image;
    }

    /** An image file ("png" or "jpeg") of one page. */
    public static Path image(Path file, String format, int width, int height) {
        try {
            if (!ImageIO.write(page(width, height, "Commitment form"), format, file.toFile())) {
                throw new IllegalStateException("no writer for " + format);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The TwelveMonkeys TIFF writer: ImageIO does not promise which of the TIFF writers on the class path comes first. */
    static ImageWriter tiffWriter() {
        var writers = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter first = null;
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.twelvemonkeys.")) {
                return writer;
            }
            first = first == null ? writer : first;
        }
        return first;
    }

    /** A TIFF with {@code pages} pages, as office scanners write a multi-page scan. */
    public static Path multiPageTiff(Path file, int pages) {
        ImageWriter writer = tiffWriter();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 1; i <= pages; i++) {
                writer.writeToSequence(new IIOImage(page(850, 1100, "Page " + i), null, null), null);
            }
            writer.endWriteSequence();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** The first {@code keep} bytes of {@code source}. */
    public static Path cut(Path source, Path file, int keep) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            return Files.write(file, Arrays.copyOf(bytes, Math.min(keep, bytes.length)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
