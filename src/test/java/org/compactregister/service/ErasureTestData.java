package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.compactregister.letter.LetterService;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.scan.ScanFiles;
import org.compactregister.scan.ScanService;

/** Fictional signatories used the way an office uses them: entered, edited, a scan attached, a letter sent. */
public final class ErasureTestData {

    public static final Clock CLOCK = RegisterServiceTest.CLOCK;
    static final String NAME = "Zephyrine Quortleby";
    static final String STREET = "17 Brackenbury Wynd";

    private ErasureTestData() {
    }

    public static CommitmentForm form(String name, String email, String organisation) {
        return new CommitmentForm(name, java.time.LocalDate.of(2026, 10, 1), organisation,
                new Address(name.equals(NAME) ? STREET : "4 Mallow Row", "Flat 2", "Loughborough", "LE11 3QF"),
                phone(name, 0), "07700 900461", email,
                Sector.VOLUNTARY_AND_COMMUNITY, java.time.LocalDate.of(2026, 10, 6), HowReceived.POST,
                "Spoke to " + name + " about the AGM");
    }

    /** A fictional phone number (Ofcom's drama range) of its own for each name; {@code which} 0 or 1. */
    public static String phone(String name, int which) {
        return "01632 96" + (1000 + Math.floorMod(name.hashCode() + which * 7, 8999));
    }

    /** A signatory with a scan, a letter sent, and an edit (so the audit trail holds old values). */
    public static Signatory fullyUsed(Services services, Path dir, String name, String email, String organisation) {
        Signatory entered = assertInstanceOf(SaveOutcome.Saved.class,
                services.register().register(form(name, email, organisation), true)).signatory();
        Signatory edited = assertInstanceOf(SaveOutcome.Saved.class, services.register().update(entered,
                entered.form().withContact(phone(name, 1), email), true)).signatory();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path scan = ScanFiles.pdf(dir.resolve(name.toLowerCase().replace(' ', '-') + "-form.pdf"), 1);
        new ScanService(services).attachOne(edited.id(), scan);
        LetterService letters = new LetterService(services);
        letters.confirmSent(letters.lettersFor(List.of(edited), services.register().today()));
        return services.register().find(edited.id()).orElseThrow();
    }

}
