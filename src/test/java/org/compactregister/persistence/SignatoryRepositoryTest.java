package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.compactregister.model.CommitmentForm;
import org.compactregister.model.Engine;
import org.compactregister.model.RegisterQuery;
import org.compactregister.model.Signatory;
import org.compactregister.model.UkPhoneNumber;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

class SignatoryRepositoryTest {

    @TempDir
    Path dir;

    private static List<CommitmentForm> forms(int count) {
        List<CommitmentForm> forms = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            forms.add(RegisterDatabaseTest.form("Organisation number " + i));
        }
        return forms;
    }

    @ParameterizedTest
    @ArgumentsSource(Engines.class)
    void manyGoInTogetherAndTheCallerHearsAfterEachOne(Engine engine) {
        try (RegisterDatabase database = Engines.open(engine, dir)) {
            SignatoryRepository signatories = new SignatoryRepository(database.jdbi());
            List<Integer> heard = new ArrayList<>();
            assertEquals(3, signatories.addAll(forms(3), Instant.now(), heard::add));
            assertEquals(List.of(1, 2, 3), heard);
            assertEquals(3, signatories.count());
        }
    }

    @ParameterizedTest
    @ArgumentsSource(Engines.class)
    void aStopAfterSomeHaveGoneInUndoesThemAll(Engine engine) {
        try (RegisterDatabase database = Engines.open(engine, dir)) {
            SignatoryRepository signatories = new SignatoryRepository(database.jdbi());
            signatories.add(RegisterDatabaseTest.form("Already there"), Instant.now());
            IllegalStateException stop = new IllegalStateException("stop");
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> signatories.addAll(forms(10), Instant.now(), done -> {
                        if (done == 7) {
                            throw stop;
                        }
                    }));
            assertSame(stop, thrown);
            assertEquals(1, signatories.count());
            assertEquals(0, signatories.search(RegisterQuery.everything().withSearchText("number")).totalMatching(),
                    "their search words are gone too");
        }
    }

    @ParameterizedTest
    @ArgumentsSource(Engines.class)
    void aNumberWithItsExtensionIsKeptWholeAndFoundByItsNumber(Engine engine) {
        String office = UkPhoneNumber.normalise("0116 496 0200 extension 123456").orElseThrow();
        String mobile = UkPhoneNumber.normalise("07700 900123 x9").orElseThrow();
        try (RegisterDatabase database = Engines.open(engine, dir)) {
            SignatoryRepository signatories = new SignatoryRepository(database.jdbi());
            CommitmentForm form = RegisterDatabaseTest.form("Evington Lunch Club");
            long id = signatories.add(form.withContact(office, form.email()).withSecondTelephone(mobile), Instant.now()).id();

            Signatory kept = signatories.find(id).orElseThrow();
            assertEquals(UkPhoneNumber.MAX_LENGTH, kept.form().telephone().length());
            assertEquals(office, kept.form().telephone());
            assertEquals(mobile, kept.form().secondTelephone());
            assertEquals(1, signatories.search(RegisterQuery.everything().withSearchText("01164960200")).totalMatching());
            assertThrows(RuntimeException.class, () -> database.jdbi().useHandle(handle ->
                    handle.execute("UPDATE signatory SET telephone = NULL")), "still NOT NULL after widening");
        }
    }
}
