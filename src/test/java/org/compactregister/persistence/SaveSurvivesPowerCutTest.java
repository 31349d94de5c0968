package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.service.RegisterService;
import org.compactregister.service.SaveOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save the register reports as done is on the disk itself, not only in the operating system's
 * cache: after each save (and each change of a setting), the disk as a power cut would leave it
 * (everything forced, plus any subset of what was not) opens as a register holding every save.
 */
class SaveSurvivesPowerCutTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @BeforeAll
    static void installTheDiskModel() {
        PowerCutFileSystem.install();
    }

    @Test
    void everySaveAndSettingIsOnTheDiskWhenTheCallReturns() throws Exception {
        Path file = dir.resolve("register.mv.db");
        Random random = new Random(20261130);
        List<String> saved = new ArrayList<>();
        try (RegisterDatabase database = RegisterDatabase.open(file, "powercut:")) {
            SignatoryRepository repository = new SignatoryRepository(database.jdbi());
            RegisterService register = new RegisterService(repository, CLOCK);
            for (int i = 1; i <= 12; i++) {
                String name = "Durable Person " + i;
                CommitmentForm form = RegisterDatabaseTest.form("Ashcombe Group " + i);
                form = new CommitmentForm(name, form.dateSigned(), form.organisation(), form.address(),
                        form.telephone(), form.email(), form.sector(), form.dateReceived(), form.howReceived(), "");
                Signatory signatory = ((SaveOutcome.Saved) register.register(form, true)).signatory();
                saved.add(name);
                // opened and closed as the window does: read it back and search for it
                register.find(signatory.id()).orElseThrow();
                register.search(new RegisterQuery(name, null, null, null, true, 50));
                if (i % 4 == 0) {
                    Signatory changed = ((SaveOutcome.Saved) register.update(signatory, form.withContact(
                            "0116 496 0999", "changed" + i + "@example.org"), true)).signatory();
                    assertEquals(signatory.version() + 1, changed.version());
                }
                database.jdbi().useExtension(SettingDao.class, settings -> settings.put("last.saved", name));

                assertEquals(0, PowerCutFileSystem.unforcedWrites(file),
                        "every write of a save is forced to the disk before the save returns");
                Path image = dir.resolve("after-cut-" + i + ".mv.db");
                PowerCutFileSystem.imageAfterPowerCut(file, image, random);
                assertHolds(image, saved, i % 4 == 0 ? Optional.of("changed" + i + "@example.org") : Optional.empty());
            }
        }
    }

    private static void assertHolds(Path image, List<String> names, Optional<String> changedEmail) {
        try (RegisterDatabase afterCut = RegisterDatabase.open(image)) {
            SignatoryRepository repository = new SignatoryRepository(afterCut.jdbi());
            RegisterService register = new RegisterService(repository, CLOCK);
            List<String> found = register.search(new RegisterQuery("durable", null, null, null, true, 500))
                    .signatories().stream().map(Signatory::signatoryName).toList();
            assertTrue(found.containsAll(names), () -> "after the cut the register holds " + found + ", not all of " + names);
            assertEquals(Optional.of(names.get(names.size() - 1)),
                    afterCut.jdbi().withExtension(SettingDao.class, settings -> settings.find("last.saved")));
            changedEmail.ifPresent(email -> assertTrue(register.search(new RegisterQuery(email, null, null, null, true, 5))
                    .totalMatching() == 1, "the change saved just before the cut is there"));
        }
    }
}
