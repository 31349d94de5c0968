package org.compactregister.form;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.compactregister.scan.MediaTypeDetector;
import org.compactregister.scan.PicturePdf;
import org.compactregister.service.FileProblems;
import org.compactregister.service.RefusedException;
import org.compactregister.service.SafeFile;

/**
 * Splits a scanner run holding several forms into one PDF per form, written beside it in the inbox
 * ({@code run - form 2 of 3 (CS-000042).pdf}); the run itself moves to the inbox's
 * {@value #SPLIT_FOLDER} folder, never deleted. PDF pages are copied as they are, with what they
 * inherit from the run's page tree; pages of a multi-page picture (TIFF) are put into the PDF without
 * loss, each on a page of its own size and shape ({@link PicturePdf}).
 */
public final class FormSplitter {

    public static final String SPLIT_FOLDER = "Split";

    private FormSplitter() {
    }

    /**
     * Writes the parts and moves the run away.
     *
     * @return the parts' files, in page order
     * @throws RefusedException when the parts cannot be written (nothing is moved then)
     */
    public static List<Path> split(InboxMatch match) {
        Path file = match.file();
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        List<Path> parts = new ArrayList<>();
        try {
            boolean pdf = MediaTypeDetector.detect(file).map(t -> t.isPdf()).orElse(false);
            for (int i = 0; i < match.forms().size(); i++) {
                FoundForm form = match.forms().get(i);
                Path part = file.resolveSibling(stem + " - form " + (i + 1) + " of " + match.forms().size()
                        + " (" + form.reference().text() + ").pdf");
                SafeFile.write(part, "The part of the scan", out -> {
                    try (PDDocument document = pdf ? copyPages(file, form) : picturePages(file, form)) {
                        document.save(out);
                    }
                });
                parts.add(part);
            }
            Path folder = file.resolveSibling(SPLIT_FOLDER);
            Files.createDirectories(folder);
            Path target = folder.resolve(name);
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(stem + " (" + n + ")" + name.substring(stem.length()));
            }
            Files.move(file, target);
            return parts;
        } catch (IOException e) {
            for (Path part : parts) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // the reason below is what matters
                }
            }
            throw new RefusedException("\"" + name + "\" could not be split into one scan per form ("
                    + FileProblems.reason(e) + "). It stays in the inbox as it is.");
        }
    }

    private static PDDocument copyPages(Path file, FoundForm form) throws IOException {
        PDDocument out = new PDDocument();
        try (PDDocument source = Loader.loadPDF(file.toFile())) {
            for (int page = form.firstPage(); page <= form.lastPage(); page++) {
                withItsInheritance(out.importPage(source.getPage(page)), source.getPage(page));
            }
            // imported pages keep reading from the source: write them out before it closes
            var bytes = new java.io.ByteArrayOutputStream();
            out.save(bytes);
            out.close();
            return Loader.loadPDF(bytes.toByteArray());
        }
    }

    /**
     * Gives the copied page what its run gave it from the page tree above it (pictures and fonts
     * declared once for all pages, the page size, the crop and the turn), as PDFBox's {@code Splitter}
     * does; a part without them would have pages that cannot be drawn. Of the pictures declared for
     * all pages, only those the page draws come with it: another form's scan never rides along.
     */
    private static void withItsInheritance(PDPage copy, PDPage original) {
        if (original.getResources() != null) {
            // its own, one shared by every page of the run, or inherited: the pictures cut to its own
            copy.setResources(withOnlyItsPictures(original));
        }
        copy.setMediaBox(original.getMediaBox());
        copy.setCropBox(original.getCropBox());
        copy.setRotation(original.getRotation());
    }

    /**
     * A copy of the page's resources (its own, shared with the run's other pages, or inherited),
     * their pictures (XObjects) cut to those its content draws; all when it cannot be read.
     */
    private static PDResources withOnlyItsPictures(PDPage page) {
        COSDictionary resources = new COSDictionary(page.getResources().getCOSObject());
        COSDictionary pictures = resources.getCOSDictionary(COSName.XOBJECT);
        if (pictures == null) {
            return new PDResources(resources);
        }
        COSDictionary drawn = new COSDictionary();
        try {
            Object previous = null;
            for (Object token : new PDFStreamParser(page).parse()) {
                if (token instanceof Operator operator && "Do".equals(operator.getName())
                        && previous instanceof COSName name && pictures.containsKey(name)) {
                    drawn.setItem(name, pictures.getItem(name));
                }
                previous = token;
            }
        } catch (IOException e) {
            return new PDResources(resources);
        }
        resources.setItem(COSName.XOBJECT, drawn);
        return new PDResources(resources);
    }

    private static PDDocument picturePages(Path file, FoundForm form) throws IOException {
        var type = MediaTypeDetector.detect(file).orElseThrow(() -> new IOException("not a picture"));
        return PicturePdf.of(file, type, form.firstPage(), form.lastPage());
    }
}
