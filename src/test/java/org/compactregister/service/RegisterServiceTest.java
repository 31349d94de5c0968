package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.compactregister.model.Address;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.FormField;
import org.compactregister.model.HowReceived;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.SortColumn;
import org.compactregister.model.Status;
import org.compactregister.model.Withdrawal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.compactregister.persistence.Engine;
import org.compactregister.persistence.Engines;

@ParameterizedClass
@ArgumentsSource(Engines.class)
class RegisterServiceTest {

    @Parameter
    Engine engine;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Services services;
    private RegisterService register;

    @BeforeEach
    void open() {
        services = Services.open(Engines.register(engine, dir), CLOCK);
        register = services.register();
    }

    @AfterEach
    void close() {
        services.close();
    }

    static CommitmentForm form(String name, String organisation, String postcode, Sector sector) {
        return new CommitmentForm(name, LocalDate.of(2026, 10, 1), organisation,
                new Address("3 Canal Side", "", "Loughborough", postcode), "01509 496 000", "", sector,
                LocalDate.of(2026, 10, 6), HowReceived.POST, "");
    }

    private Signatory saved(SaveOutcome outcome) {
        return assertInstanceOf(SaveOutcome.Saved.class, outcome).signatory();
    }

    @Test
    void aValidFormIsStoredTidiedAndReceived() {
        Signatory stored = saved(register.register(
                form("Ioana Popescu", "Fernley Repair Café CIC", "le11 3qq", Sector.SOCIAL_ENTERPRISE), false));
        assertEquals(Status.RECEIVED, stored.status());
        assertEquals("LE11 3QQ", stored.form().address().postcode());
        assertEquals("01509 496000", stored.form().telephone());
        assertEquals(1, stored.version());
        assertEquals(stored, register.find(stored.id()).orElseThrow());
        assertEquals(String.format("CS-%06d", stored.id()), stored.reference());
    }

    @Test
    void anInvalidFormStoresNothing() {
        SaveOutcome outcome = register.register(form("", "Fernley Repair Café CIC", "LE11", null), false);
        var invalid = assertInstanceOf(SaveOutcome.Invalid.class, outcome);
        assertTrue(invalid.errors().messageFor(FormField.SIGNATORY_NAME).isPresent());
        assertTrue(invalid.errors().messageFor(FormField.POSTCODE).isPresent());
        assertEquals(0, register.count());
    }

    @Test
    void aLikelyDuplicateIsHeldBackUntilTheUserSaysSaveAnyway() {
        Signatory first = saved(register.register(
                form("Ioana Popescu", "The Fernley Repair Café CIC", "LE11 3QQ", Sector.SOCIAL_ENTERPRISE), false));
        var held = assertInstanceOf(SaveOutcome.PossibleDuplicates.class, register.register(
                form("Owen Llewellyn", "fernley repair cafe cic", "LE2 1AA", Sector.SOCIAL_ENTERPRISE), false));
        assertEquals(List.of(first), held.existing());
        assertEquals(1, register.count(), "nothing stored yet");

        var nearby = assertInstanceOf(SaveOutcome.PossibleDuplicates.class, register.register(
                form("Owen Llewellyn", "Fernley Repair Cafe C.I.C. Ltd", "LE11 3QQ", null), false));
        assertEquals(List.of(first), nearby.existing());

        saved(register.register(form("Owen Llewellyn", "fernley repair cafe cic", "LE2 1AA", null), true));
        assertEquals(2, register.count());
    }

    @Test
    void aSecondSaveFromAStaleCopyIsRefusedAndTheFirstIsKept() {
        Signatory opened = saved(register.register(
                form("Harpreet Sandhu", "Larkhill Walking Group", "LE3 5PP", Sector.VOLUNTARY_AND_COMMUNITY), false));
        Signatory firstWindow = opened;
        Signatory secondWindow = opened;

        Signatory afterFirst = saved(register.update(firstWindow,
                form("Harpreet Kaur Sandhu", "Larkhill Walking Group", "LE3 5PP", Sector.VOLUNTARY_AND_COMMUNITY), false));
        assertEquals(2, afterFirst.version());

        ChangedElsewhereException refused = assertThrows(ChangedElsewhereException.class, () -> register.update(
                secondWindow, form("H. Sandhu", "Larkhill Walking Group", "LE3 5PP", null), false));
        assertTrue(refused.getMessage().contains("was changed by someone else"), refused.getMessage());
        assertEquals("Harpreet Kaur Sandhu", register.find(opened.id()).orElseThrow().signatoryName());
    }

    @Test
    void aWithdrawalKeepsTheRecordAndItsHistory() {
        Signatory opened = saved(register.register(
                form("Chidi Okafor", "Redgate Heritage Trust", "LE16 7XY", Sector.VOLUNTARY_AND_COMMUNITY), false));
        assertThrows(RefusedException.class, () -> register.withdraw(opened, new Withdrawal(LocalDate.of(2026, 11, 1), " ")));
        assertThrows(RefusedException.class, () -> register.withdraw(opened, new Withdrawal(LocalDate.of(2026, 9, 1), "Closed")));
        assertThrows(RefusedException.class, () -> register.withdraw(opened, new Withdrawal(LocalDate.of(2027, 1, 1), "Closed")));

        Signatory withdrawn = register.withdraw(opened, new Withdrawal(LocalDate.of(2026, 11, 20), "The trust has closed."));
        assertEquals(Status.WITHDRAWN, withdrawn.status());
        assertEquals("The trust has closed.", withdrawn.withdrawal().reason());
        assertEquals(opened.form(), withdrawn.form());
        assertEquals(1, register.search(RegisterQuery.everything().withStatus(Status.WITHDRAWN)).totalMatching());
        assertThrows(RefusedException.class,
                () -> register.withdraw(withdrawn, new Withdrawal(LocalDate.of(2026, 11, 21), "again")));
    }

    @Test
    void deletingTakesTheSignatoryOutOfTheRegisterAndItsSearch() {
        Signatory stored = saved(register.register(
                form("Eleni Papadopoulou", "Swanwick Lea Reading Circle", "LE18 2AB", null), false));
        register.delete(stored);
        assertTrue(register.find(stored.id()).isEmpty());
        assertEquals(0, register.search(RegisterQuery.everything().withSearchText("swanwick")).totalMatching());
        RefusedException again = assertThrows(RefusedException.class, () -> register.delete(stored));
        assertTrue(again.getMessage().contains("no longer in the register"));
    }

    @Test
    void acknowledgingMovesOnlyReceivedSignatories() {
        Signatory a = saved(register.register(form("Amelia Whitfield", "Elmsworth Men's Shed", "", null), false));
        Signatory b = saved(register.register(form("Kwame Mensah", "Foxholes Youth Club", "", null), false));
        register.withdraw(b, new Withdrawal(LocalDate.of(2026, 11, 2), "Merged"));
        assertEquals(1, register.markAcknowledged(List.of(a.id(), b.id()), LocalDate.of(2026, 11, 29)));
        Signatory acknowledged = register.find(a.id()).orElseThrow();
        assertEquals(Status.ACKNOWLEDGED, acknowledged.status());
        assertEquals(LocalDate.of(2026, 11, 29), acknowledged.acknowledgedOn());
        assertEquals(Status.WITHDRAWN, register.find(b.id()).orElseThrow().status());
    }

    @Test
    void searchFindsTheStartOfAnyWordFiltersSortsAndCounts() {
        services.sampleData().fillEmptyRegister(120);
        Signatory zoe = saved(register.register(new CommitmentForm("Zoë Ó Briain", LocalDate.of(2026, 1, 5),
                "The Quillby Knitting Circle", new Address("7 Tanners Yard", "", "Hinckley", "LE10 9QZ"),
                "07700 900777", "zoe@quillby.example.org", Sector.VOLUNTARY_AND_COMMUNITY, null, null, ""), false));

        for (String typed : new String[] {"quill", "QUILLBY knit", "zoe", "Zoë briain", "le10 9qz", "le109q", "07700 900777",
            "900777", "zoe@quillby", "quillby.example"}) {
            var page = register.search(RegisterQuery.everything().withSearchText(typed));
            assertEquals(List.of(zoe), page.signatories(), typed);
        }
        assertEquals(List.of(zoe), register.search(RegisterQuery.everything().withSearchText("uillby")).signatories(),
                "letters inside a word are found too");
        assertEquals(0, register.search(RegisterQuery.everything().withSearchText("e109qz")).totalMatching(),
                "a postcode is found by its start only");
        assertEquals(0, register.search(RegisterQuery.everything().withSearchText("quillby")
                .withSector(Sector.PUBLIC_SECTOR_PARTNER)).totalMatching());
        assertEquals(0, register.search(RegisterQuery.everything().withSearchText("100%_")).totalMatching(),
                "LIKE wildcards are taken literally");

        var all = register.search(RegisterQuery.everything());
        assertEquals(121, all.totalMatching());
        var limited = register.search(RegisterQuery.everything().withLimit(50));
        assertEquals(50, limited.signatories().size());
        assertEquals(121, limited.totalMatching());
        assertTrue(limited.isTruncated());

        var bySigned = register.search(RegisterQuery.everything().sortedBy(SortColumn.DATE_SIGNED, false)).signatories();
        for (int i = 1; i < bySigned.size(); i++) {
            assertFalse(bySigned.get(i).form().dateSigned().isAfter(bySigned.get(i - 1).form().dateSigned()));
        }
        long publicBodies = all.signatories().stream().filter(s -> s.form().sector() == Sector.PUBLIC_SECTOR_PARTNER).count();
        assertEquals(publicBodies, register.search(RegisterQuery.everything().withSector(Sector.PUBLIC_SECTOR_PARTNER))
                .totalMatching());
    }

    @Test
    void editingChangesTheWordsASignatoryIsFoundBy() {
        Signatory stored = saved(register.register(form("Owen Llewellyn", "Marlow End Allotment Society", "", null), false));
        saved(register.update(stored, form("Owen Llewellyn", "Marlow End Orchard Society", "", null), false));
        assertEquals(0, register.search(RegisterQuery.everything().withSearchText("allotment")).totalMatching());
        assertEquals(1, register.search(RegisterQuery.everything().withSearchText("orchard")).totalMatching());
    }

    @Test
    void sampleDataOnlyGoesIntoAnEmptyRegister() {
        assertEquals(300, services.sampleData().fillEmptyRegister(300));
        assertEquals(300, register.count());
        RefusedException refused = assertThrows(RefusedException.class, () -> services.sampleData().fillEmptyRegister(10));
        assertEquals("Sample data can only go into an empty register, and this one already holds 300 signatories.",
                refused.getMessage());
    }
}
