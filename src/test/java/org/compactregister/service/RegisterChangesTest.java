package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.FormField;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.StaffMember;
import org.compactregister.model.TwoVersions;
import org.compactregister.model.Withdrawal;
import org.compactregister.service.RegisterChanges.Change;
import org.compactregister.service.RegisterChanges.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterChangesTest {

    @TempDir
    Path dir;

    private Services services;
    private final List<Change> heard = new CopyOnWriteArrayList<>();
    private final List<Integer> versionsSeenByListener = new ArrayList<>();

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("register"), RegisterServiceTest.CLOCK, new StaffMember("t.bloggs"));
        services.changes().subscribe(change -> {
            heard.add(change);
            if (change.signatoryId() != 0) {
                versionsSeenByListener.add(services.register().find(change.signatoryId()).map(Signatory::version)
                        .orElse(0));
            }
        });
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static Signatory saved(SaveOutcome outcome) {
        return assertInstanceOf(SaveOutcome.Saved.class, outcome).signatory();
    }

    private static CommitmentForm form(String name, String organisation) {
        return RegisterServiceTest.form(name, organisation, "LE11 3QQ", Sector.SOCIAL_ENTERPRISE);
    }

    @Test
    void everyCommittedChangeIsToldWithItsKindVersionAndWhoMadeIt() {
        RegisterService register = services.register();
        Signatory added = saved(register.register(form("Ioana Popescu", "Fernley Repair Café CIC"), false));
        Signatory edited = saved(register.update(added, added.form().withContact("01509 496 111", ""), false));
        Signatory withdrawn = register.withdraw(edited, new Withdrawal(LocalDate.of(2026, 11, 20), "Closed"));
        Signatory other = saved(register.register(form("Owen Llewellyn", "Stonebow Men's Shed"), false));
        register.markAcknowledged(List.of(other.id()), LocalDate.of(2026, 11, 25));
        services.settings().put("scan.max.megabytes", "20");
        register.delete(withdrawn);

        long a = added.id();
        long o = other.id();
        assertEquals(List.of(
                        new Change(Kind.ADDED, a, 1, "t.bloggs", heard.get(0).at(), false),
                        new Change(Kind.CHANGED, a, 2, "t.bloggs", heard.get(1).at(), false),
                        new Change(Kind.CHANGED, a, 3, "t.bloggs", heard.get(2).at(), false),
                        new Change(Kind.ADDED, o, 1, "t.bloggs", heard.get(3).at(), false),
                        new Change(Kind.CHANGED, o, 2, "t.bloggs", heard.get(4).at(), false),
                        new Change(Kind.OTHER, 0, 0, "t.bloggs", heard.get(5).at(), false),
                        new Change(Kind.REMOVED, a, 0, "t.bloggs", heard.get(6).at(), false)),
                heard);
        assertEquals(List.of(1, 2, 3, 1, 2, 0), versionsSeenByListener,
                "told after the commit: a listener reading the register sees the change");
        assertEquals(RegisterServiceTest.CLOCK.instant(), heard.get(0).at());
        assertEquals("in another window", heard.get(0).where());
    }

    @Test
    void aRefusedOrInvalidSaveTellsNothingAndASaveOverANewerVersionNamesTheFieldsAndWho() {
        Signatory opened = saved(services.register().register(form("Ioana Popescu", "Fernley Repair Café CIC"), false));
        RegisterService alice = OtherStaff.as(services, "alice");
        CommitmentForm theirs = opened.form().withContact("01509 496 222", "ioana@fernley.example.org")
                .withAddress(opened.form().address().withPostcode("LE11 1AA"));
        saved(alice.update(opened, theirs, false));
        heard.clear();

        CommitmentForm mine = opened.form().withContact("01509 496 333", "")
                .withAddress(opened.form().address().withPostcode("LE11 1AA"));
        ChangedElsewhereException refused = assertThrows(ChangedElsewhereException.class,
                () -> services.register().update(opened, mine, false));
        assertEquals("\"Fernley Repair Café CIC\" was changed by alice at 10:00 since you opened it, so your changes "
                + "were not saved over theirs. Yours and theirs differ in: Tel, Email.", refused.getMessage());
        assertEquals("alice at 10:00", refused.savedBy());
        assertEquals(2, refused.theirs().orElseThrow().version());
        TwoVersions versions = refused.comparison().orElseThrow();
        assertEquals(List.of(FormField.TELEPHONE, FormField.EMAIL),
                versions.differing().stream().map(TwoVersions.FieldVersions::field).toList());
        assertTrue(versions.differing().get(0).changedByBoth());
        assertEquals(TwoVersions.Keep.THEIRS, versions.differing().get(1).suggested(), "only they changed the email");

        services.register().update(opened, form("", "Fernley Repair Café CIC"), false);
        assertEquals(List.of(), heard, "nothing saved, nothing told");
    }

    @Test
    void aListenerThatFailsNeitherFailsTheSaveNorSilencesTheOthers() {
        List<Change> second = new ArrayList<>();
        services.changes().subscribe(change -> {
            throw new IllegalStateException("a broken listener");
        });
        RegisterChanges.Subscription subscription = services.changes().subscribe(second::add);
        Signatory added = saved(services.register().register(form("Ioana Popescu", "Fernley Repair Café CIC"), false));
        assertEquals(1, second.size());
        subscription.close();
        services.register().delete(added);
        assertEquals(1, second.size(), "a closed subscription hears no more");
        assertEquals(2, heard.size());
    }

    @Test
    void aDeletedSignatorysSaveIsRefusedSayingSo() {
        Signatory opened = saved(services.register().register(form("Ioana Popescu", "Fernley Repair Café CIC"), false));
        OtherStaff.as(services, "alice").delete(opened);
        ChangedElsewhereException refused = assertThrows(ChangedElsewhereException.class,
                () -> services.register().update(opened, opened.form().withContact("01509 496 333", ""), false));
        assertEquals("\"Fernley Repair Café CIC\" was deleted by alice at 10:00 since you opened it, so your changes "
                + "were not saved.", refused.getMessage());
        assertTrue(refused.theirs().isEmpty());
        assertTrue(refused.comparison().isEmpty());
    }

    @Test
    void whileTheServerIsAwayEveryChangeIsRefusedAtOnceInWordsAndNothingIsSaved() {
        Signatory opened = saved(services.register().register(form("Ioana Popescu", "Fernley Repair Café CIC"), false));
        List<RegisterChanges.Link> links = new ArrayList<>();
        services.changes().watchLink(links::add);
        heard.clear();
        services.changes().linkChanged(RegisterChanges.Link.away(java.time.Instant.parse("2026-11-29T10:42:00Z"), 2));

        ServerAwayException refused = assertThrows(ServerAwayException.class, () -> services.register().update(
                opened, opened.form().withContact("01509 496 333", ""), false));
        assertEquals("The register's server has not answered since 10:42, so nothing was saved. This PC reconnects by "
                + "itself: try again once the status bar says the shared register is connected.", refused.getMessage());
        assertThrows(ServerAwayException.class, () -> services.settings().put("scan.max.megabytes", "20"));
        assertEquals(opened, services.register().find(opened.id()).orElseThrow(), "reads still work, nothing changed");

        services.changes().linkChanged(RegisterChanges.Link.CONNECTED);
        saved(services.register().update(opened, opened.form().withContact("01509 496 333", ""), false));
        assertEquals(List.of(RegisterChanges.Link.CONNECTED,
                RegisterChanges.Link.away(java.time.Instant.parse("2026-11-29T10:42:00Z"), 2),
                RegisterChanges.Link.CONNECTED), links);
        assertEquals(1, heard.size());
    }
}
