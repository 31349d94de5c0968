package org.compactregister.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Sector;
import org.compactregister.model.Signatory;
import org.compactregister.model.StaffMember;
import org.compactregister.persistence.CuttableLink;
import org.compactregister.model.RegisterLocation;
import org.compactregister.persistence.TestPostgres;
import org.compactregister.service.RegisterChanges.Change;
import org.compactregister.service.RegisterChanges.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two programs on one shared register on a real PostgreSQL server: each hears the other's changes
 * (LISTEN/NOTIFY), its search finds them, a stale save is refused naming who and what; when the
 * server goes away (the network link cut) the program says so, refuses saves in words, and
 * reconnects by itself once the link is back.
 */
class LiveOnServerTest {

    private static final Clock CLOCK = Clock.systemDefaultZone();

    private RegisterLocation.Server database;
    private Services alice;
    private Services bob;
    private CuttableLink link;
    private final List<Change> bobHeard = new CopyOnWriteArrayList<>();
    private final List<Change> aliceHeard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        database = TestPostgres.freshDatabase();
        link = CuttableLink.to(database);
        alice = Services.open(database, CLOCK, new StaffMember("alice"));
        bob = Services.open(link.through(database), CLOCK, new StaffMember("bob"));
        bob.changes().subscribe(bobHeard::add);
        alice.changes().subscribe(aliceHeard::add);
    }

    @AfterEach
    void close() throws Exception {
        alice.close();
        bob.close();
        link.close();
    }

    private static Signatory saved(SaveOutcome outcome) {
        return assertInstanceOf(SaveOutcome.Saved.class, outcome).signatory();
    }

    private static CommitmentForm form(String name, String organisation) {
        return RegisterServiceTest.form(name, organisation, "LE11 3QQ", Sector.SOCIAL_ENTERPRISE);
    }

    /** Waits up to 20 seconds for {@code condition}; fails the test otherwise. */
    static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 20 s for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void eachProgramHearsTheOthersChangesAndItsSearchFindsThem() throws Exception {
        bob.register().prepareSearch();
        Signatory added = saved(alice.register().register(form("Ioana Popescu", "Fernley Repair Café CIC"), false));
        Signatory edited = saved(alice.register().update(added, added.form().withContact("01509 496 111", ""), false));

        waitFor("bob hears both", () -> bobHeard.size() >= 2);
        assertEquals(List.of(new Change(Kind.ADDED, added.id(), 1, "alice", bobHeard.get(0).at(), true),
                new Change(Kind.CHANGED, added.id(), 2, "alice", bobHeard.get(1).at(), true)), bobHeard);
        assertEquals("on another PC", bobHeard.get(0).where());
        assertEquals(edited, bob.register().find(added.id()).orElseThrow());
        assertEquals(List.of(edited), bob.register().search(RegisterQuery.everything().withSearchText("fernley"))
                .signatories(), "bob's search (in memory) knows alice's change");
        assertEquals(List.of(Kind.ADDED, Kind.CHANGED), aliceHeard.stream().map(Change::kind).toList(),
                "alice hears her own changes once, from her own program");

        Signatory bobs = saved(bob.register().update(edited, edited.form().withContact("01509 496 222", ""), false));
        waitFor("alice hears bob", () -> aliceHeard.size() == 3);
        assertEquals(new Change(Kind.CHANGED, added.id(), 3, "bob", aliceHeard.get(2).at(), true), aliceHeard.get(2));
        ChangedElsewhereException refused = assertThrows(ChangedElsewhereException.class, () -> alice.register()
                .update(edited, edited.form().withContact("01509 496 333", ""), false));
        assertTrue(refused.getMessage().startsWith("\"Fernley Repair Café CIC\" was changed by bob at "),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("Yours and theirs differ in: Tel."), refused.getMessage());
        assertEquals(bobs, alice.register().find(added.id()).orElseThrow());
    }

    @Test
    void whenTheServerGoesAwayTheProgramSaysSoRefusesSavesAndReconnectsByItself() throws Exception {
        List<RegisterChanges.Link> links = new CopyOnWriteArrayList<>();
        bob.changes().watchLink(links::add);
        Signatory added = saved(alice.register().register(form("Ioana Popescu", "Fernley Repair Café CIC"), false));
        waitFor("bob hears it", () -> bobHeard.size() == 1);
        Signatory opened = bob.register().find(added.id()).orElseThrow();

        link.cut();
        waitFor("bob notices the server is away", () -> !bob.changes().link().connected());
        ServerAwayException refused = assertThrows(ServerAwayException.class, () -> bob.register().update(
                opened, added.form().withContact("01509 496 222", ""), false));
        assertTrue(refused.getMessage().startsWith("The register's server has not answered since "),
                refused.getMessage());
        RuntimeException unread = assertThrows(RuntimeException.class, () -> bob.register().find(added.id()));
        assertTrue(inWords(unread), "a read while the server is away is told in words: " + unread);
        Signatory meanwhile = saved(alice.register().update(added, added.form().withContact("01509 496 111", ""), false));

        link.mend();
        waitFor("bob reconnects", () -> bob.changes().link().connected());
        waitFor("bob is told to read the register again", () -> bobHeard.stream()
                .anyMatch(change -> change.kind() == Kind.SEVERAL));
        assertTrue(links.stream().anyMatch(l -> !l.connected()), links.toString());
        assertEquals(RegisterChanges.Link.CONNECTED, links.get(links.size() - 1));
        assertEquals(meanwhile, bob.register().find(added.id()).orElseThrow());
        assertEquals(List.of(meanwhile), bob.register().search(RegisterQuery.everything().withSearchText("fernley"))
                .signatories());
        saved(bob.register().update(meanwhile, meanwhile.form().withContact("01509 496 222", ""), false));
        assertEquals(3, alice.register().find(added.id()).orElseThrow().version());
    }

    @Test
    void aRestoreOnOnePcIsHeardByTheOthersAndTheirSearchFindsWhatItBrought(@org.junit.jupiter.api.io.TempDir
                                                                            java.nio.file.Path dir) throws Exception {
        saved(alice.register().register(form("Ioana Popescu", "Fernley Repair Café CIC"), false));
        waitFor("bob hears the first save", () -> bobHeard.size() == 1);
        assertEquals(1, bob.register().search(RegisterQuery.everything().withSearchText("fernley")).signatories().size());
        java.nio.file.Path zip = dir.resolve("office-backup.zip");
        try (Services single = Services.open(dir.resolve("office"), CLOCK)) {
            saved(single.register().register(form("Kwame Chauhan", "Wexcombe Allotment Society"), false));
            new org.compactregister.io.RegisterBackup(single).backUp(zip);
        }

        new org.compactregister.io.RegisterBackup(alice).restoreOver(zip, Progress.NONE);

        waitFor("bob hears the restore", () -> bobHeard.stream().anyMatch(change -> change.kind() == Kind.SEVERAL));
        assertEquals(List.of(), bob.register().search(RegisterQuery.everything().withSearchText("fernley")).signatories());
        assertEquals(List.of("Wexcombe Allotment Society"), bob.register().search(RegisterQuery.everything()
                .withSearchText("wexcombe")).signatories().stream().map(s -> s.form().organisation()).toList());
    }

    /** Whether the window would show {@code problem}'s own sentence (a {@link org.compactregister.model.RegisterProblem} in its causes). */
    private static boolean inWords(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof org.compactregister.model.RegisterProblem) {
                return true;
            }
        }
        return false;
    }
}
