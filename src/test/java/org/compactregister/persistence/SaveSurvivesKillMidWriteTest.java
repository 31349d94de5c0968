package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.service.RegisterService;
import org.compactregister.service.SaveOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed in the middle of writing the register file (a later save, a scan, the store's
 * own bookkeeping) keeps every save that had returned: the file as such a kill leaves it (every
 * earlier write whole, that one cut in half) opens as a register holding them all.
 *
 * <p>H2 frees a dead chunk's space and may write the next chunk over it while the newest chunk on
 * the disk still lists it; a write cut short there made H2 fall back past the last saves on the
 * next open. The register never writes over earlier chunks ({@code REUSE_SPACE=FALSE}); this test
 * asks H2 to reuse space as early as it can ({@code RETENTION_TIME 0}), so that it fails at once
 * if space is ever reused.
 */
class SaveSurvivesKillMidWriteTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final int SAVES = 20;
    private static final int MOST_IMAGES = 30;

    @TempDir
    Path dir;

    @BeforeAll
    static void installTheDiskModel() {
        PowerCutFileSystem.install();
    }

    @Test
    void everySaveThatReturnedSurvivesAKillInTheMiddleOfAnyLaterWrite() throws Exception {
        Path file = dir.resolve("register.mv.db");
        List<String> saved = new ArrayList<>();
        List<Integer> writesWhenSaved = new ArrayList<>();
        List<PowerCutFileSystem.Write> journal;
        try (RegisterDatabase database = RegisterDatabase.open(file, "powercut:")) {
            database.jdbi().useHandle(handle -> handle.execute("SET RETENTION_TIME 0"));
            RegisterService register = new RegisterService(new SignatoryRepository(database.jdbi()), CLOCK);
            for (int i = 1; i <= SAVES; i++) {
                String name = "Killed Midwrite " + i;
                CommitmentForm form = RegisterDatabaseTest.form("Brambleford Group " + i);
                form = new CommitmentForm(name, form.dateSigned(), form.organisation(), form.address(),
                        form.telephone(), form.email(), form.sector(), form.dateReceived(), form.howReceived(), "");
                Signatory signatory = ((SaveOutcome.Saved) register.register(form, true)).signatory();
                saved.add(name);
                writesWhenSaved.add(PowerCutFileSystem.journal(file).size());
                register.find(signatory.id()).orElseThrow();
                if (i % 3 == 0) {
                    register.update(signatory, form.withContact("0116 496 0" + (100 + i), "moved" + i + "@example.org"),
                            true);
                }
            }
            journal = PowerCutFileSystem.journal(file);
        }

        int firstAfterASave = writesWhenSaved.get(0);
        int step = Math.max(1, (journal.size() - firstAfterASave) / MOST_IMAGES);
        int looked = 0;
        for (int index = firstAfterASave; index < journal.size(); index += step) {
            int killedAt = index;
            int returned = (int) writesWhenSaved.stream().filter(count -> count <= killedAt).count();
            Path image = dir.resolve("killed-at-write-" + index + ".mv.db");
            PowerCutFileSystem.imageKilledMidWrite(journal, index, image);
            assertHolds(image, saved.subList(0, returned), "killed in the middle of write " + index + " of "
                    + journal.size() + ", after " + returned + " saves had returned");
            looked++;
        }
        assertTrue(looked >= Math.min(MOST_IMAGES, journal.size() - firstAfterASave) / 2,
                "looked at " + looked + " kills");
    }

    private static void assertHolds(Path image, List<String> names, String context) {
        try (RegisterDatabase afterKill = RegisterDatabase.open(image)) {
            RegisterService register = new RegisterService(new SignatoryRepository(afterKill.jdbi()), CLOCK);
            List<String> found = register.search(new RegisterQuery("killed", null, null, null, true, 500))
                    .signatories().stream().map(Signatory::signatoryName).toList();
            assertTrue(found.containsAll(names), () -> context + ": the register holds " + found.size()
                    + " of them: " + found);
        } catch (RuntimeException e) {
            throw new AssertionError(context + ": the register did not open: " + e.getMessage(), e);
        }
    }
}
