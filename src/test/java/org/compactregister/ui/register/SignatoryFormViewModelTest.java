package org.compactregister.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.FormField;
import org.compactregister.model.HowReceived;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.service.Services;
import org.compactregister.ui.RecordingDialogService;
import org.compactregister.ui.SameThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatoryFormViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Services services;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final List<Signatory> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), CLOCK);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private SignatoryFormViewModel newForm() {
        return new SignatoryFormViewModel(services.register(), executor, dialogs, null).onSaved(saved::add);
    }

    private static void type(SignatoryFormViewModel form, String organisation) {
        form.signatoryNameProperty().set("Gráinne Ní Mhurchú");
        form.dateSignedProperty().set("3/11/26");
        form.organisationProperty().set(organisation);
        form.addressLine1Property().set("Unit 4, Riverside Studios");
        form.addressLine2Property().set("14 Wharf Street North");
        form.townProperty().set("Leicester");
        form.postcodeProperty().set("le1 6zz");
        form.telephoneProperty().set("0116 4960 321");
        form.emailProperty().set("grainne@kestrel.EXAMPLE.org");
        form.sectorProperty().set(Sector.VOLUNTARY_AND_COMMUNITY);
    }

    @Test
    void aNewFormStartsReceivedTodayByPost() {
        SignatoryFormViewModel form = newForm();
        assertEquals("29/11/2026", form.dateReceivedProperty().get());
        assertEquals(HowReceived.POST, form.howReceivedProperty().get());
        assertEquals("New commitment form", form.titleProperty().get());
        assertFalse(form.hasChanges());
    }

    @Test
    void aGoodFormIsSavedTidied() {
        SignatoryFormViewModel form = newForm();
        type(form, "Kestrel Park Women's Network");
        assertTrue(form.hasChanges());
        form.save(false);
        assertEquals(1, saved.size());
        Signatory signatory = saved.get(0);
        assertEquals("LE1 6ZZ", signatory.form().address().postcode());
        assertEquals("0116 496 0321", signatory.form().telephone());
        assertEquals("grainne@kestrel.example.org", signatory.form().email());
        assertEquals(java.time.LocalDate.of(2026, 11, 3), signatory.form().dateSigned());
        assertTrue(dialogs.shown().isEmpty());
    }

    @Test
    void errorsShowBesideTheFieldsAndEverythingTypedStays() {
        SignatoryFormViewModel form = newForm();
        type(form, "Kestrel Park Women's Network");
        form.postcodeProperty().set("LE1");
        form.dateSignedProperty().set("31/02/2026");
        form.signatoryNameProperty().set("");
        form.save(false);

        assertTrue(saved.isEmpty());
        assertEquals(0, services.register().count(), "nothing saved");
        assertEquals("\"LE1\" is not a UK postcode. Write it like LE1 1AA.", form.errorProperty(FormField.POSTCODE).get());
        assertEquals("\"31/02/2026\" is not a date. Write it day first, like 24/11/2026.",
                form.errorProperty(FormField.DATE_SIGNED).get());
        assertEquals("Enter the name of the person who signed the form.",
                form.errorProperty(FormField.SIGNATORY_NAME).get());
        assertEquals("", form.errorProperty(FormField.EMAIL).get());
        assertEquals("LE1", form.postcodeProperty().get(), "what was typed is kept");
        assertEquals("Kestrel Park Women's Network", form.organisationProperty().get());

        form.postcodeProperty().set("LE1 6ZZ");
        assertEquals("", form.errorProperty(FormField.POSTCODE).get(), "a fixed field clears its error at once");
    }

    @Test
    void aLikelyDuplicateIsShownAndSavedOnlyWhenAskedTo() {
        SignatoryFormViewModel first = newForm();
        type(first, "Kestrel Park Women's Network");
        first.save(false);

        SignatoryFormViewModel second = newForm();
        type(second, "The Kestrel Park Womens Network Ltd");
        second.save(false);
        assertEquals(1, saved.size());
        assertEquals(List.of(saved.get(0)), second.possibleDuplicates());

        second.save(true);
        assertEquals(2, saved.size());
        assertTrue(second.possibleDuplicates().isEmpty());
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedWithAMessage() {
        SignatoryFormViewModel form = newForm();
        type(form, "Kestrel Park Women's Network");
        form.save(false);
        Signatory stored = saved.get(0);

        SignatoryFormViewModel windowA = new SignatoryFormViewModel(services.register(), executor, dialogs, stored)
                .onSaved(saved::add);
        SignatoryFormViewModel windowB = new SignatoryFormViewModel(services.register(), executor, dialogs, stored)
                .onSaved(saved::add);
        assertEquals("Kestrel Park Women's Network (" + stored.reference() + ")", windowA.titleProperty().get());
        assertEquals(stored.reference() + " · Received", windowA.standingProperty().get());
        windowA.notesProperty().set("Rang to confirm the address.");
        windowA.save(false);
        windowB.notesProperty().set("Posted a leaflet.");
        windowB.save(false);

        assertEquals(2, saved.size(), "only window A saved");
        assertEquals("error", dialogs.last().kind());
        assertEquals("Someone else changed this signatory", dialogs.last().title());
        assertEquals("Rang to confirm the address.", services.register().find(stored.id()).orElseThrow().form().notes());
        assertEquals("Posted a leaflet.", windowB.notesProperty().get(), "window B keeps what was typed");
    }

    @Test
    void leavingAFieldWritesItTheStandardWay() {
        SignatoryFormViewModel form = newForm();
        form.postcodeProperty().set("le1 6zz");
        form.telephoneProperty().set("+44 116 496 0321");
        form.dateSignedProperty().set("3 nov 2026");
        form.postcodeProperty().set(form.postcodeProperty().get());
        form.tidyPostcode();
        form.tidyTelephone();
        form.tidyDates();
        assertEquals("LE1 6ZZ", form.postcodeProperty().get());
        assertEquals("0116 496 0321", form.telephoneProperty().get());
        assertEquals("03/11/2026", form.dateSignedProperty().get());
        form.postcodeProperty().set("not one");
        form.tidyPostcode();
        assertEquals("not one", form.postcodeProperty().get(), "what cannot be tidied is left for the error to explain");
        assertNull(form.opened().orElse(null));
    }
}
