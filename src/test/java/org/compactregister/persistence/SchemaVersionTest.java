package org.compactregister.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a register skips Flyway only when the file already has every migration this build carries:
 * {@link SchemaVersion#NEWEST} is the newest migration file, a new register is current once opened,
 * and a register a migration behind is still brought up to date when it opens.
 */
class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path dir;

    @Test
    void newestIsTheLastOfTheMigrationsNumberedOneUpWithNoneMissing() throws Exception {
        Path folder = Path.of("src/main/resources/db/migration");
        List<Integer> numbers;
        try (Stream<Path> files = Files.walk(folder)) {
            // each engine's folder, if any, carries the same numbers: each number counts once
            numbers = files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).distinct().sorted().toList();
        }
        assertEquals(IntStream.rangeClosed(1, SchemaVersion.NEWEST).boxed().toList(), numbers,
                "add a migration, then raise SchemaVersion.NEWEST to its number");
    }

    @Test
    void aRegisterOneMigrationBehindIsMigratedWhenItOpens() throws Exception {
        Path file = dir.resolve("register");
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            assertTrue(current(database));
            database.jdbi().useHandle(h -> h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = ?",
                    String.valueOf(SchemaVersion.NEWEST)));
            assertFalse(current(database));
        }
        try (RegisterDatabase database = RegisterDatabase.open(file)) {
            assertTrue(current(database));
            int applied = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")
                    .mapTo(Integer.class).one());
            assertEquals(SchemaVersion.NEWEST, applied);
        }
    }

    private static boolean current(RegisterDatabase database) {
        Boolean current = database.jdbi().withHandle(h -> SchemaVersion.isCurrent(h.getConnection()));
        return current;
    }
}
