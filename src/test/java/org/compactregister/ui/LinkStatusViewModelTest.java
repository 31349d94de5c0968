package org.compactregister.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Signatory;
import org.compactregister.model.Sector;
import org.compactregister.service.LinkForTests;
import org.compactregister.service.RegisterChanges;
import org.compactregister.service.SaveOutcome;
import org.compactregister.service.Services;
import org.compactregister.ui.register.SignatoryFormViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar while a shared register's server is away, and a form saved meanwhile. */
class LinkStatusViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Services services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), CLOCK);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theStatusBarSaysWhileTheServerIsAwayAndAFormSavedMeanwhileKeepsItsTyping() {
        LinkStatusViewModel status = new LinkStatusViewModel(services.changes(), executor, CLOCK.getZone());
        assertEquals("", status.textProperty().get());
        assertFalse(status.awayProperty().get());
        Signatory stored = ((SaveOutcome.Saved) services.register().register(new CommitmentForm("Ioana Popescu",
                LocalDate.of(2026, 10, 1), "Fernley Repair Café CIC", new Address("3 Canal Side", "", "Loughborough",
                "LE11 3QQ"), "01509 496 000", "", Sector.SOCIAL_ENTERPRISE, LocalDate.of(2026, 10, 6),
                HowReceived.POST, ""), false)).signatory();
        SignatoryFormViewModel form = new SignatoryFormViewModel(services.register(), executor, dialogs, stored);
        form.notesProperty().set("Rang about the leaflet.");

        LinkForTests.set(services.changes(), RegisterChanges.Link.away(Instant.parse("2026-11-29T10:42:00Z"), 3));
        assertTrue(status.awayProperty().get());
        assertEquals("Server not answering since 10:42 — reconnecting (3 tries). Typing is kept; saves are refused "
                + "until it is back.", status.textProperty().get());
        form.save(false);
        assertEquals("The form was not saved", dialogs.last().title());
        assertEquals("The register's server has not answered since 10:42, so nothing was saved. This PC reconnects by "
                + "itself: try again once the status bar says the shared register is connected. What you typed is "
                + "still in the form.", dialogs.last().message());
        assertEquals("Rang about the leaflet.", form.notesProperty().get());
        assertFalse(form.finishedProperty().get());

        LinkForTests.set(services.changes(), RegisterChanges.Link.CONNECTED);
        assertEquals("", status.textProperty().get());
        form.save(false);
        assertTrue(form.finishedProperty().get());
        assertEquals("Rang about the leaflet.", services.register().find(stored.id()).orElseThrow().form().notes());
    }
}
