package org.compactregister.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.compactregister.persistence.RegisterDatabase;
import org.compactregister.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code move-register --to TARGET [--db SOURCE]}, with {@code --db} before or after the command's name. */
class MoveRegisterCommandTest {

    @TempDir
    Path dir;

    private Path source;

    @BeforeEach
    void sevenSignatories() {
        source = dir.resolve("office");
        try (Services services = Services.open(source, Clock.systemDefaultZone())) {
            services.sampleData().fillEmptyRegister(7);
        }
    }

    private CommandRun move(boolean dbBeforeName, Path to) {
        return dbBeforeName
                ? CommandRun.of("--db", source.toString(), "move-register", "--to", to.toString())
                : CommandRun.of("move-register", "--to", to.toString(), "--db", source.toString());
    }

    private static int count(Path register) {
        try (Services services = Services.open(register, Clock.systemDefaultZone())) {
            return services.register().count();
        }
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void movesTheNamedRegisterIntoANewOne(boolean dbBeforeName) {
        Path to = dir.resolve("server-copy");
        CommandRun run = move(dbBeforeName, to);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Moved 7 signatories and 0 scans"), run.out());
        assertTrue(run.out().contains("every scan's SHA-256 the same"), run.out());
        assertTrue(run.out().contains("The register at " + source + RegisterDatabase.FILE_SUFFIX + " is unchanged."),
                run.out());
        assertEquals(7, count(to));
        assertEquals(7, count(source));
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void refusesARegisterThatHoldsSomethingInWords(boolean dbBeforeName) {
        Path busy = dir.resolve("busy");
        try (Services services = Services.open(busy, Clock.systemDefaultZone())) {
            services.sampleData().fillEmptyRegister(2);
        }
        CommandRun run = move(dbBeforeName, busy);
        assertEquals(CommandLines.REFUSED, run.exitCode());
        assertEquals("move-register: The register to move into is not empty: it holds 2 signatories. Move into a new, "
                + "empty register; nothing was copied.", run.err().strip());
        assertEquals(2, count(busy));
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void toAServerAndBack(boolean dbBeforeName) {
        String server = org.compactregister.persistence.TestPostgres.freshDatabase().address();
        CommandRun there = dbBeforeName
                ? CommandRun.of("--db", source.toString(), "move-register", "--to", server)
                : CommandRun.of("move-register", "--to", server, "--db", source.toString());
        assertEquals(0, there.exitCode(), there.err());
        assertTrue(there.out().contains("Moved 7 signatories and 0 scans"), there.out());
        Path back = dir.resolve("back");
        CommandRun home = dbBeforeName
                ? CommandRun.of("--db", server, "move-register", "--to", back.toString())
                : CommandRun.of("move-register", "--to", back.toString(), "--db", server);
        assertEquals(0, home.exitCode(), home.err());
        assertTrue(home.out().contains("The register at the shared register "), home.out());
        assertEquals(7, count(back));
    }

    @ParameterizedTest(name = "--db before the command''s name: {0}")
    @ValueSource(booleans = {true, false})
    void aMissingSourceIsSaidInWordsAndNothingIsMade(boolean dbBeforeName) {
        source = dir.resolve("nowhere");
        Path to = dir.resolve("new");
        CommandRun run = move(dbBeforeName, to);
        assertEquals(CommandLines.REFUSED, run.exitCode());
        assertEquals("move-register: There is no register at " + source + RegisterDatabase.FILE_SUFFIX + ".",
                run.err().strip());
        assertFalse(Files.exists(dir.resolve("new" + RegisterDatabase.FILE_SUFFIX)));
    }
}
