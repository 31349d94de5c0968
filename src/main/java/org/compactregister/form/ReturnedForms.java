package org.compactregister.form;

import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.compactregister.model.ScanMediaType;
import org.compactregister.scan.MediaTypeDetector;
import org.compactregister.scan.ScanInspector;
import org.compactregister.scan.ScanPages;
import org.compactregister.scan.ScanRenderer;
import org.compactregister.service.Progress;

/**
 * Recognises returned forms in an inbox file: a fillable PDF by its fields or the text in its boxes
 * ({@link FilledFormReader}); any other page by the QR code on it, found on a picture of the page
 * drawn at {@value #PDF_DPI} dpi (a PDF) or as scanned (an image). A page with our code starts a
 * form; pages after it without a code (a back page) belong to it. Codes that are not ours are ignored.
 */
public final class ReturnedForms {

    /** PDF pages are drawn at this resolution to look for the code. */
    public static final float PDF_DPI = 200f;

    private final FormService forms;

    public ReturnedForms(FormService forms) {
        this.forms = forms;
    }

    /** Reads one file; never throws for a file that cannot be read, saying why in {@link InboxMatch#problem()}. */
    public InboxMatch read(Path file, Progress progress) {
        Optional<ScanMediaType> type;
        try {
            type = MediaTypeDetector.detect(file);
            if (type.isEmpty()) {
                return InboxMatch.none(file, 0, whyNotAScan(file));
            }
        } catch (IOException e) {
            return InboxMatch.none(file, 0, "it cannot be read (it may still be being written)");
        }
        try {
            Optional<String> incomplete = ScanInspector.incomplete(file, type.get());
            if (incomplete.isPresent()) {
                return InboxMatch.none(file, 0, incomplete.get());
            }
        } catch (IOException e) {
            return InboxMatch.none(file, 0, "it cannot be read (it may still be being written)");
        }
        Map<Integer, FilledForm> filled = Map.of();
        if (type.get().isPdf()) {
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                filled = FilledFormReader.read(document);
            } catch (InvalidPasswordException e) {
                return InboxMatch.none(file, 0, "the PDF is protected by a password");
            } catch (IOException e) {
                return InboxMatch.none(file, 0, "the PDF is damaged");
            }
        }
        try (ScanPages pages = ScanRenderer.open(file, type.get())) {
            return read(file, pages, type.get().isPdf() ? PDF_DPI / 96.0 : 1.0, filled, progress);
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.compactregister.service.CancelledException cancelled) {
                throw cancelled;
            }
            return InboxMatch.none(file, 0, e instanceof EOFException
                    ? "it stops before the end of its pages (perhaps it was still being saved or copied). "
                            + "Scan or copy it again."
                    : e.getMessage() == null ? "its pages cannot be drawn: it may be damaged. Scan or copy it again."
                    : "its pages cannot be drawn (" + e.getMessage() + ")");
        }
    }

    /** Why a file of no scan kind is not read: empty, a phone photo the register cannot read, or something else. */
    private static String whyNotAScan(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return MediaTypeDetector.EMPTY_FILE;
        }
        return MediaTypeDetector.unreadablePhoto(file)
                .map(photo -> "it is a photo in the " + photo.label() + " format, which the register cannot read: "
                        + "ask for it as a JPEG")
                .orElse("it is not a file the register reads as a scan (" + ScanMediaType.NAMES + ")");
    }

    private InboxMatch read(Path file, ScanPages pages, double zoom, Map<Integer, FilledForm> filled, Progress progress)
            throws IOException {
        int count = pages.pageCount();
        List<FoundForm> found = new ArrayList<>();
        int leading = 0;
        for (int page = 0; page < count; page++) {
            progress.checkCancelled();
            Optional<FoundForm> start = filled.containsKey(page)
                    ? Optional.of(fromFilled(page, filled.get(page)))
                    : fromPicture(page, pages.render(page, zoom));
            if (start.isPresent()) {
                found.add(start.get());
            } else if (found.isEmpty()) {
                leading++;
            } else {
                FoundForm last = found.remove(found.size() - 1);
                found.add(new FoundForm(last.firstPage(), page, last.reference(), last.owner(), last.placement(), last.filled()));
            }
            progress.update(page + 1, count, "Read page " + (page + 1) + " of " + count);
        }
        if (found.isEmpty()) {
            return InboxMatch.none(file, count, count == 1 ? "no form QR code was found on the page"
                    : "no form QR code was found on any of its " + count + " pages");
        }
        if (leading > 0) {
            FoundForm first = found.remove(0);
            found.add(0, new FoundForm(0, first.lastPage(), first.reference(), first.owner(), first.placement(), first.filled()));
        }
        return new InboxMatch(file, count, found, "");
    }

    private FoundForm fromFilled(int page, FilledForm form) {
        return new FoundForm(page, page, form.reference(), forms.owner(form.reference()), Optional.empty(), Optional.of(form));
    }

    private Optional<FoundForm> fromPicture(int page, BufferedImage picture) {
        return find(picture).map(code -> new FoundForm(page, page, code.reference(), forms.owner(code.reference()),
                Optional.of(code.placement()), Optional.empty()));
    }

    /** A code of ours on a page's picture: its reference and where the page lies. */
    public record PageCode(FormReference reference, PagePlacement placement) {
    }

    /** Finds our code on one page's picture; empty when there is none, or only codes that are not ours. */
    public static Optional<PageCode> find(BufferedImage picture) {
        Optional<QrCodes.Found> code = QrCodes.find(picture, text -> FormReference.fromQrText(text).isPresent());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<FormReference> reference = FormReference.fromQrText(code.get().text());
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        int modules = QrCodes.encode(code.get().text()).getWidth();
        return PagePlacement.of(code.get(), modules).map(placement -> new PageCode(reference.get(), placement));
    }
}
