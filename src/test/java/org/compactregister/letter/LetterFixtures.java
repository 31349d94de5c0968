package org.compactregister.letter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.persistence.SignatoryRepository;
import org.compactregister.service.SaveOutcome;
import org.compactregister.service.Services;

/** Fictional signatories and a way to read letters PDFs back, for the letter tests. */
final class LetterFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/London"));

    private LetterFixtures() {
    }

    static CommitmentForm form(String name, String organisation, Address address) {
        return new CommitmentForm(name, LocalDate.of(2026, 10, 3), organisation, address, "0116 496 0456",
                "info@example.org", Sector.VOLUNTARY_AND_COMMUNITY, LocalDate.of(2026, 10, 9), HowReceived.POST, "");
    }

    static Signatory add(Services services, String name, String organisation, Address address) {
        SaveOutcome outcome = services.register().register(form(name, organisation, address), true);
        if (outcome instanceof SaveOutcome.Saved saved) {
            return saved.signatory();
        }
        throw new AssertionError("not saved: " + outcome);
    }

    /**
     * Puts a signatory straight into the register file, past the form entry rules, as a register
     * filled before those rules refused letters the fonts do not have.
     */
    static Signatory addUnchecked(Services services, String name, String organisation, Address address) {
        new SignatoryRepository(services.database().jdbi()).addAll(List.of(form(name, organisation, address)),
                CLOCK.instant());
        return services.register().find(services.register().count()).orElseThrow();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Renders each page to {@code folder/name-N.png}, for a person to look at (and for the file to exist). */
    static List<Path> renderPages(byte[] pdf, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 80);
                Path file = folder.resolve(name + "-" + (i + 1) + ".png");
                ImageIO.write(image, "png", file.toFile());
                written.add(file);
            }
        }
        return written;
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
