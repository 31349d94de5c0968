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
import org.compactregister.model.TwoVersions;
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
        assertEquals("\"LE1\" is only the first half of a postcode. Add the second half, like LE1 1AA.", form.errorProperty(FormField.POSTCODE).get());
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
    void aSaveOverSomeoneElsesChangeShowsBothVersionsToChooseFromAndSavesTheChoiceOnTopOfTheirs() {
        SignatoryFormViewModel form = newForm();
        type(form, "Kestrel Park Women's Network");
        form.save(false);
        Signatory stored = saved.get(0);

        SignatoryFormViewModel windowA = new SignatoryFormViewModel(services.register(), executor, dialogs, stored)
                .onSaved(saved::add);
        SignatoryFormViewModel windowB = new SignatoryFormViewModel(services.register(), executor, dialogs, stored)
                .onSaved(saved::add).listenTo(services.changes());
        assertEquals("Kestrel Park Women's Network (" + stored.reference() + ")", windowA.titleProperty().get());
        assertEquals(stored.reference() + " · Received", windowA.standingProperty().get());
        windowA.notesProperty().set("Rang to confirm the address.");
        windowA.townProperty().set("Leicester City");
        windowA.save(false);
        assertTrue(windowB.noticeProperty().get().startsWith("Saved by " + services.audit().staff() + " at "),
                windowB.noticeProperty().get());
        assertTrue(windowB.noticeProperty().get().endsWith(" in another window — your changes are kept; you will be "
                + "asked which to keep when you save."), windowB.noticeProperty().get());

        windowB.notesProperty().set("Posted a leaflet.");
        windowB.emailProperty().set("office@kestrel.example.org");
        windowB.save(false);

        assertEquals(2, saved.size(), "only window A saved so far");
        assertTrue(dialogs.shown().isEmpty(), "no error: a choice instead");
        VersionChoiceViewModel choice = windowB.versionChoiceProperty().get();
        assertEquals("\"Kestrel Park Women's Network\" was saved by " + services.audit().staff() + " at 10:00 while "
                + "you had it open. Choose which to keep in each field that differs; every other field stays as "
                + "they saved it.", choice.heading());
        assertEquals(List.of("Town", "Email", "Notes"), choice.rows().stream().map(VersionChoiceViewModel.Row::label)
                .toList());
        assertEquals(List.of(TwoVersions.Keep.THEIRS, TwoVersions.Keep.MINE, TwoVersions.Keep.MINE),
                choice.rows().stream().map(row -> row.keepProperty().get()).toList(),
                "each side's own changes first: their town, my email, and the notes both changed");
        assertTrue(choice.rows().get(2).changedByBoth());
        assertEquals("Leicester City", choice.rows().get(0).theirs());
        assertEquals("Leicester", choice.rows().get(0).mine());
        assertEquals("Posted a leaflet.", windowB.notesProperty().get(), "window B keeps what was typed");

        choice.takeAllTheirs();
        assertEquals(services.register().find(stored.id()).orElseThrow().form(), choice.chosen());
        choice.keepAllMine();
        choice.rows().get(0).keepProperty().set(TwoVersions.Keep.THEIRS);
        choice.save();

        assertEquals(3, saved.size(), "window B saved on top of window A's version");
        Signatory result = services.register().find(stored.id()).orElseThrow();
        assertEquals(3, result.version());
        assertEquals("Leicester City", result.form().address().town());
        assertEquals("office@kestrel.example.org", result.form().email());
        assertEquals("Posted a leaflet.", result.form().notes());
        assertTrue(windowB.finishedProperty().get());
        assertNull(windowB.versionChoiceProperty().get());
    }

    @Test
    void aChoiceSavedAfterYetAnotherSaveIsRefusedAgainAndBackToTheFormSavesNothing() {
        SignatoryFormViewModel form = newForm();
        type(form, "Kestrel Park Women's Network");
        form.save(false);
        Signatory stored = saved.get(0);
        var alice = org.compactregister.service.OtherStaff.as(services, "alice");
        alice.update(stored, stored.form().withContact("0116 496 0999", stored.form().email()), false);

        SignatoryFormViewModel mine = new SignatoryFormViewModel(services.register(), executor, dialogs, stored)
                .onSaved(saved::add);
        mine.telephoneProperty().set("0116 496 0111");
        mine.save(false);
        VersionChoiceViewModel first = mine.versionChoiceProperty().get();
        assertEquals(List.of("Tel"), first.rows().stream().map(VersionChoiceViewModel.Row::label).toList());
        first.backToForm();
        assertNull(mine.versionChoiceProperty().get());
        assertEquals("0116 496 0111", mine.telephoneProperty().get());
        assertEquals(2, services.register().find(stored.id()).orElseThrow().version(), "nothing saved");

        mine.save(false);
        VersionChoiceViewModel second = mine.versionChoiceProperty().get();
        Signatory theirs = services.register().find(stored.id()).orElseThrow();
        alice.update(theirs, theirs.form().withContact(theirs.form().telephone(), "a@kestrel.example.org"), false);
        second.save();
        VersionChoiceViewModel third = mine.versionChoiceProperty().get();
        assertEquals(3, third.theirVersion(), "refused again, against the newest version");
        assertEquals(List.of("Tel", "Email"), third.rows().stream().map(VersionChoiceViewModel.Row::label).toList());
        assertEquals(List.of(TwoVersions.Keep.MINE, TwoVersions.Keep.THEIRS), third.rows().stream()
                .map(row -> row.keepProperty().get()).toList(), "my chosen tel against their new email");
        assertEquals("a@kestrel.example.org", third.chosen().email());
        assertEquals("0116 496 0111", third.chosen().telephone());
        third.save();
        Signatory result = services.register().find(stored.id()).orElseThrow();
        assertEquals(4, result.version());
        assertEquals("0116 496 0111", result.form().telephone());
        assertEquals("a@kestrel.example.org", result.form().email());
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

    @Test
    void theThirdAddressLineAndSecondPhoneAnImportBroughtAreShownAndSavedAsChanged() {
        SignatoryFormViewModel form = newForm();
        type(form, "Kestrel Park Women's Network");
        form.addressLine3Property().set("Kestrel Park");
        form.secondTelephoneProperty().set("07700900123 x9");
        form.tidySecondTelephone();
        assertEquals("07700 900123 ext. 9", form.secondTelephoneProperty().get());
        form.save(false);
        Signatory stored = saved.get(0);
        assertEquals("Kestrel Park", stored.form().address().line3());
        assertEquals("07700 900123 ext. 9", stored.form().secondTelephone());

        SignatoryFormViewModel reopened = new SignatoryFormViewModel(services.register(), executor, dialogs, stored)
                .onSaved(saved::add);
        assertEquals("Kestrel Park", reopened.addressLine3Property().get());
        assertEquals("07700 900123 ext. 9", reopened.secondTelephoneProperty().get());
        assertFalse(reopened.hasChanges());
        reopened.secondTelephoneProperty().set("");
        assertTrue(reopened.hasChanges());
        reopened.save(false);
        Signatory changed = services.register().find(stored.id()).orElseThrow();
        assertEquals("", changed.form().secondTelephone(), "emptied in the window, emptied in the register");
        assertEquals("Kestrel Park", changed.form().address().line3());
    }
}
