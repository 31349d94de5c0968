package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.compactregister.model.CommitmentForm;
import org.compactregister.service.SampleSignatories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import into an H2 register enters its rows with the indexes set aside and builds them again
 * after: every index is back, on the same columns the migrations gave it, whether the import committed
 * or was undone, and a register left without one (a process stopped in between) has it again when it
 * next opens.
 */
class BulkEntryIndexesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    private Path file;
    private List<CommitmentForm> forms;

    @BeforeEach
    void register() {
        file = dir.resolve("register");
        forms = new SampleSignatories(6L, LocalDate.of(2026, 12, 6)).forms(1_500);
    }

    @Test
    void aLargeImportGoesInWithTheIndexesAsideAndLeavesThemAsTheMigrationsMadeThem() {
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            List<String> before = indexColumns(database);
            assertEquals(BulkEntryIndexes.ALL.size(), BulkEntryIndexes.ALL.stream()
                    .filter(index -> before.stream().anyMatch(c -> c.startsWith(index.name().toUpperCase(Locale.ROOT))))
                    .count(), "the migrations make each index this class knows: " + before);
            SignatoryRepository signatories = new SignatoryRepository(database.jdbi());
            AtomicReference<Set<String>> during = new AtomicReference<>();

            List<String> building = new java.util.ArrayList<>();
            int added = signatories.enterMany(forms.size(), () -> {
                during.set(presentNames(database));
                return signatories.addAll(forms, NOW);
            }, (built, total) -> building.add(built + " of " + total));

            assertEquals(forms.size(), added);
            assertEquals(List.of("0 of 6", "1 of 6", "2 of 6", "3 of 6", "4 of 6", "5 of 6"), building,
                    "the progress hears of each index set aside before it is built again");
            for (BulkEntryIndexes.Index index : BulkEntryIndexes.ALL) {
                assertEquals(!index.setAside(), during.get().contains(index.name().toUpperCase(Locale.ROOT)),
                        index.name() + (index.setAside() ? " was set aside" : " was kept") + " while the rows went in");
            }
            assertTrue(during.get().contains("AUDIT_CHANGE_BY_SIGNATORY"),
                    "the audit changes' index is kept: the new ids only add to its end");
            assertEquals(before, indexColumns(database), "every index is back, on the same columns");
            assertEquals(forms.size(), signatories.count());
        }
    }

    @Test
    void anImportUndoneLeavesNoRowsAndEveryIndex() {
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            List<String> before = indexColumns(database);
            SignatoryRepository signatories = new SignatoryRepository(database.jdbi());

            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> signatories.enterMany(forms.size(), () -> signatories.enterInOneTransaction(NOW, batch -> {
                        forms.forEach(batch::add);
                        throw new IllegalStateException("a row was refused: all or nothing");
                    })));

            assertEquals("a row was refused: all or nothing", refused.getMessage());
            assertEquals(0, signatories.count());
            assertEquals(before, indexColumns(database));
        }
    }

    @Test
    void aSmallImportOrOneIntoALargerRegisterKeepsTheIndexes() {
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            SignatoryRepository signatories = new SignatoryRepository(database.jdbi());
            signatories.addAll(forms, NOW);
            List<CommitmentForm> more = new SampleSignatories(7L, LocalDate.of(2026, 12, 6)).forms(1_200);
            AtomicReference<Set<String>> during = new AtomicReference<>();

            signatories.enterMany(more.size(), () -> {
                during.set(presentNames(database));
                return signatories.addAll(more, NOW);
            });

            assertTrue(during.get().contains("SIGNATORY_BY_ORGANISATION_KEY"),
                    "1,200 rows into a register of 1,500 keep the indexes: rebuilding would cost more");
            assertFalse(BulkEntryIndexes.worthSettingAside(999, 0), "fewer than 1,000 rows never set them aside");
            assertTrue(BulkEntryIndexes.worthSettingAside(1_000, 1_000));
            assertEquals(forms.size() + more.size(), signatories.count());
        }
    }

    @Test
    void aRegisterLeftWithoutAnIndexHasItAgainWhenItOpens() {
        List<String> before;
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            before = indexColumns(database);
            database.jdbi().useHandle(handle -> {
                handle.execute("DROP INDEX signatory_by_postcode");
                handle.execute("DROP INDEX audit_change_by_signatory");
            });
            assertFalse(presentNames(database).contains("SIGNATORY_BY_POSTCODE"));
        }
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            assertEquals(before, indexColumns(database));
        }
    }

    private static Set<String> presentNames(RegisterDatabase database) {
        return database.jdbi().withHandle(handle -> BulkEntryIndexes.present(handle.getConnection()));
    }

    /** "INDEX_NAME TABLE_NAME COLUMN POSITION" of every index in the schema, sorted. */
    private static List<String> indexColumns(RegisterDatabase database) {
        List<String> columns = new ArrayList<>(database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT index_name || ' ' || table_name || ' ' || column_name || ' ' || ordinal_position
                        FROM information_schema.index_columns WHERE table_schema = CURRENT_SCHEMA
                        """).mapTo(String.class).list()));
        columns.sort(null);
        return columns;
    }
}
